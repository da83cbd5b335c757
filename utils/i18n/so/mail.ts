// Somali words of the mails to citizens: the keys of ../da/mail.ts. Server only.
import type { MailMessages } from '../da/mail';

export const mail: MailMessages = {
  greeting: 'Salaan',
  noReply: 'Iimaylkan kama jawaabi kartid.',
  'confirm.subject': 'Xaqiiji ciwaanka iimaylkaaga si aad u hesho war ku saabsan jawaabtaada',
  'confirm.why':
    'Ciwaanka iimaylkan waxaa loo qoray si loo helo war iimayl ah oo ku saabsan jawaab loo diray dawladda hoose.',
  'confirm.ask':
    'Haddii ay tahay adiga, oo aad doonayso war ku saabsan jawaabtaada oo iimayl ah, halkan ka xaqiiji ciwaanka:',
  'confirm.waits':
    'War uma dirno ilaa aad xaqiijiso. Warka yimaada ka hor wuu sugayaa, wuxuuna kuu iman doonaa hal iimayl marka aad xaqiijiso.',
  'confirm.notYou':
    'Haddii aysan ahayn adiga, waxba ha samayn. Ciwaanka waa la tirtirayaa haddii aan la xaqiijin {days} maalmood gudahood, iimayl sidan oo kale ahna maalintii hal mar ka badan ma heli doontid.',
  'confirm.never': 'Haddii aadan weligaa doonayn iimaylo war ah oo halkan ka yimaada: {url}',
  'update.subject': 'War ku saabsan jawaabtaada {reference}',
  'update.subjectMany': {
    one: 'War ku saabsan {count} ka mid ah jawaabahaaga',
    other: 'War ku saabsan {count} ka mid ah jawaabahaaga',
  },
  'update.intro': 'Dawladda hoose waxay hayso war ku saabsan jawaabtaada {reference}.',
  'update.introChallenge':
    'Dawladda hoose waxay hayso war ku saabsan jawaabtaada {reference} ee caqabadda "{title}".',
  'update.introMany': {
    one: 'Dawladda hoose waxay hayso war ku saabsan {count} ka mid ah jawaabahaaga.',
    other: 'Dawladda hoose waxay hayso war ku saabsan {count} ka mid ah jawaabahaaga.',
  },
  'update.answer': 'Jawaabtaada {reference}:',
  'update.answerChallenge': 'Jawaabtaada {reference} ee caqabadda "{title}":',
  'update.reply': 'Jawaabta dawladda hoose ee adiga:',
  'update.link': 'Halkan ka eeg xaaladda iyo jawaabta: {url}',
  'outcome.subject': 'Natiijada "{title}"',
  'outcome.subjectMany': {
    one: 'Natiijada {count} caqabad oo aad ka jawaabtay',
    other: 'Natiijada {count} caqabadood oo aad ka jawaabtay',
  },
  'outcome.closed': 'Dawladda hoose waxay xirtay caqabadda "{title}". Tan ayaa ka soo baxday:',
  'outcome.answer': 'Jawaabtaada {reference}: {url}',
  'outcome.answers': 'Jawaabahaaga:',
  'outcome.link':
    'Linkiga waxaad ka arki kartaa xaaladda iyo jawaabta dawladda hoose, waxaadna dib u celin kartaa jawaabtaada.',
  'footer.why':
    'Waxaad heshay iimaylkan sababtoo ah markaad dirtay jawaabahaaga waxaad qortay ciwaanka iimaylkaaga si aad u hesho war ku saabsan, waadna xaqiijisay. Ciwaanka waxaa loo isticmaalaa oo keliya taas. Laguma kaydiyo jawaabahaaga, waxaana la tirtirayaa {days} maalmood kadib marka caqabadda la xiro. Iimaylkan kama jawaabi kartid.',
  'footer.stop': 'Haddii aadan doonayn iimaylo war ah oo kale: {url}',
  'page.site': 'Iimaylada wararka ee ku saabsan jawaabahaaga',
  'page.confirm.title': 'Xaqiiji ciwaanka iimaylkaaga',
  'page.confirm.ask':
    'Ma doonaysaa iimayl loo diro {address} marka dawladda hoose ay war ka hayso jawaabaha aad dirtay?',
  'page.confirm.button': 'Haa, war iigu soo dir iimayl',
  'page.confirm.ignore':
    'Haddii kale, waxba ha samayn. Ciwaanka waa la tirtirayaa haddii aan la xaqiijin {days} maalmood gudahood.',
  'page.confirmed.title': 'Ciwaanka iimaylkaaga waa la xaqiijiyay',
  'page.confirmed.thanks': 'Mahadsanid. Ciwaanka iimaylkaaga waa la xaqiijiyay',
  'page.confirmed.text':
    'Waxaad iimayl ku heli doontaa {address} marka dawladda hoose ay war ka hayso jawaabtaada. Warka hore u sugayay wuxuu kuu iman doonaa hal iimayl.',
  'page.confirmed.stop':
    'Haddii aadan doonayn iimaylo kale, iimayl kasta waxaa ku jira link lagu joojiyo.',
  'page.stopped.title': 'Ma helaysid iimaylo war ah',
  'page.stopped.text': 'Ciwaankan looma dirayo iimaylo war ah. Wax kale ma aadan samayn.',
  'page.unsubscribe.title': 'Jooji iimaylada wararka',
  'page.unsubscribe.ask':
    'Miyaadan doonayn iimaylo kale oo loo diro {address} oo ku saabsan wararka jawaabahaaga?',
  'page.unsubscribe.button': 'Jooji iimaylada',
  'page.unsubscribe.still':
    'Xaaladda iyo jawaabta dawladda hoose weli waxaad ka arki kartaa bogga aad jawaabtaada ka dirtay.',
  'page.unsubscribed.title': 'Iimaylada waa la joojiyay',
  'page.refused.title': 'Joojinta iimaylada waa la diiday',
  'page.refused.text':
    'Codsigu kama iman badhanka. Mar kale fur linkiga iimaylka ku jira, oo riix badhanka.',
};
