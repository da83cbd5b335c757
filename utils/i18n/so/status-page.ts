// Somali words of the citizen's status page: the keys of ../da/status-page.ts. Server only.
import type { StatusPageMessages } from '../da/status-page';

export const statusPage: StatusPageMessages = {
  skipLink: 'U gudub waxa bogga ku jira',
  site: 'Jawaabtaada dawladda hoose',
  footer: 'Ku saabsan bogga',
  privacy: 'Siyaasadda arrimaha gaarka ah',
  accessibility: 'Bayaanka helitaanka',
  title: 'Jawaabtaada {reference}',
  reference: 'Lambarka tixraaca',
  kind: 'Nooca jawaabta',
  challenge: 'Caqabad',
  unknownChallenge: 'Caqabad ku taal bogga internetka ee dawladda hoose',
  sent: 'La diray',
  changed: 'Markii ugu dambeysay ee la beddelay: {date}.',
  'meaning.received': 'Jawaabtaadu way timid, laakiin dawladda hoose weli ma eegin.',
  'meaning.in-review': 'Dawladda hoose waxay eegaysaa jawaabtaada.',
  'meaning.taken-forward': 'Dawladda hoose waxay sii wadaysaa shaqada jawaabtaada.',
  'meaning.not-taken-forward':
    'Dawladda hoose waxay go’aansatay inaysan markan sii wadin shaqada jawaabtaada.',
  'meaning.done': 'Waxa jawaabtaadu ku saabsanayd waa la dhammeeyay.',
  reply: 'Jawaabta dawladda hoose ee adiga',
  closed: 'Caqabadda waa la xiray.',
  news: 'Iimaylada wararka',
  'news.confirmed': 'Waxaad heli doontaa iimayl marka dawladda hoose ay war ka hayso jawaabtan.',
  'news.unconfirmed':
    'Waxaad codsatay iimayl marka dawladda hoose ay war ka hayso jawaabtan. Wuu iman doonaa marka aad ka xaqiijiso ciwaanka iimaylkaaga iimaylka aan kuu dirnay.',
  'news.none':
    'Ma helaysid iimaylo war ah oo ku saabsan jawaabtan. Xaaladda had iyo jeer halkan ayaad ka arki kartaa.',
  stopNews: 'Jooji iimaylada ku saabsan jawaabtan',
  withdraw: 'Dib u celi jawaabtaada',
  withdrawWhat:
    'Haddii aadan doonayn in dawladda hoose ay mar dambe isticmaasho jawaabtaada, dib ayaad u celin kartaa. Markaas waa la tirtirayaa waxaad qortay iyo xogtaada xiriirka.',
  withdrawButton: 'Dib u celi jawaabtayda',
  forwarded:
    'Boggani ma muujinayo waxaad qortay, sababtoo ah linkiga waa loo gudbin karaa qof kale. Qofka haysta linkiga wuu arki karaa xaaladda, dibna wuu u celin karaa jawaabta: la wadaag oo keliya qof aad aaminsan tahay.',
  'withdraw.title': 'Ma doonaysaa inaad dib u celiso jawaabtaada?',
  'withdraw.intro': 'Waxaad dib u celinaysaa jawaabtaada {reference}.',
  'withdraw.introChallenge':
    'Waxaad dib u celinaysaa jawaabtaada {reference} ee caqabadda "{title}".',
  'withdraw.erased':
    'Waxaad qortay, iyo magacaaga, iimaylkaaga iyo lambarka taleefankaaga waa laga tirtirayaa dawladda hoose.',
  'withdraw.unpublished':
    'Haddii jawaabta la daabacay, waa laga saarayaa bogga internetka ee dawladda hoose, iimaylada wararka ee ku saabsanna way joogsanayaan.',
  'withdraw.kept':
    'Dawladda hoose waxay kaydinaysaa oo keliya lambarka tixraaca, goorta jawaabtu timid, nooca jawaabta iyo caqabadda, si tirooyinku u saxnaadaan.',
  'withdraw.final': 'Tan dib looma celin karo.',
  'withdraw.linkStops': 'Kadib linkiga jawaabtu ma shaqayn doono.',
  'withdraw.yes': 'Haa, dib u celi jawaabtayda',
  'withdraw.no': 'Maya, ku noqo xaaladda jawaabta',
  'withdrawn.title': 'Jawaabtaada dib ayaa loo celiyay',
  'withdrawn.text':
    'Waxaad ku qortay jawaabta {reference} iyo xogtaada xiriirka waa laga tirtiray dawladda hoose. Iimaylo kale oo ku saabsan ma heli doontid, linkiguna mar dambe ma shaqaynayo.',
  'newsStopped.title': 'Iimaylo kale oo ku saabsan jawaabta ma heli doontid',
  'newsStopped.text':
    'Iimaylo war ah oo ku saabsan jawaabtaada {reference} mar dambe lama diri doono. Xaaladda iyo jawaabta dawladda hoose weli waxaad ka arki kartaa {link}.',
  'newsStopped.link': 'bogga jawaabta',
  'gone.title': 'Linkigu ma shaqaynayo',
  'gone.text':
    'Jawaabta ma helno. Linkiga waxaa laga yaabaa in si khaldan loo qoray, ama jawaabta waa la tirtiray.',
  'refused.title': 'Ma suurtagalin',
  'refused.text':
    'Foomku aad buu u duug yahay, ama kama iman bogga jawaabta. Waxba isma beddelin. {link}, oo mar kale isku day.',
  'refused.link': 'Ku noqo bogga jawaabta',
  'tooMany.title': 'Isku day aad u badan',
  'tooMany.text':
    'Isku dayo aad u badan ayaa ka yimid xiriirkaaga. Mar kale isku day wax yar kadib.',
};
