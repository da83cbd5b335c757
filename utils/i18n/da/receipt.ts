// Danish strings of what the widget says after sending: what happens next (issue 13). Apart from
// the answer chunk's catalogue: loaded only with the receipt's lazy chunk. The English file
// (../en/receipt.ts) has the same keys.
import type { CatalogueOf, Messages } from '../index';

export const receipt = {
  next: 'Hvad sker der nu?',
  readsAll: 'Kommunen læser alle svar, der kommer ind.',
  deadline: 'Du kan svare indtil {date}. Derefter går kommunen alle svarene igennem.',
  followHere:
    'Når kommunen har set på dit svar, kan du se status og kommunens besked her på siden under "Dine svar".',
  newsHere: 'Nyt om udfordringen kommer her på siden.',
  newsTo: 'Nyt om dit svar sendes til {email}.',
  confirmMail:
    'Du får en e-mail, hvor du skal bekræfte din e-mailadresse, før kommunen sender nyt til den. Har du bekræftet den før, skal du ikke gøre mere.',
  noMail: 'Kommunen sender ikke nyt på e-mail. Du kan følge dit svar her på siden.',
  keepReference: 'Gem dit referencenummer, hvis du vil spørge kommunen om dit svar.',
  contact: 'Har du spørgsmål, kan du kontakte {contact}.',
} satisfies Messages;

export type ReceiptMessages = CatalogueOf<typeof receipt>;
