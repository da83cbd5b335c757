// Somali strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'Maxaa hadda dhacaya?',
  readsAll: 'Dawladda hoose waxay akhrisaa dhammaan jawaabaha yimaada.',
  deadline:
    'Waad jawaabi kartaa ilaa {date}. Kadib dawladda hoose waxay eegaysaa dhammaan jawaabaha.',
  followHere:
    'Marka dawladda hoose ay eegto jawaabtaada, waxaad halkan bogga ku arki kartaa xaaladdeeda iyo jawaabta dawladda hoose, qaybta "Jawaabahaaga".',
  newsHere: 'War ku saabsan caqabadda ayaa halkan bogga ka soo muuqan doona.',
  newsTo: 'Wararka jawaabtaada waxaa loo diri doonaa {email}.',
  confirmMail:
    'Waxaad heli doontaa iimayl aad ku xaqiijinayso iimaylkaaga ka hor inta aysan dawladda hoose war u soo dirin. Haddii aad hore u xaqiijisay, wax kale ma samaynaysid.',
  noMail: 'Dawladda hoose war kuma soo dirto iimayl. Jawaabtaada waxaad ka raaci kartaa boggan.',
  keepReference:
    'Kaydi lambarka tixraaca haddii aad rabto inaad dawladda hoose wax ka weydiiso jawaabtaada.',
  contact: "Haddii aad su'aalo qabto, la xiriir {contact}.",
};
