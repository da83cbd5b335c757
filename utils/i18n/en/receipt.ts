// English strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'What happens next?',
  readsAll: 'The municipality reads every answer it receives.',
  deadline: 'You can answer until {date}. Then the municipality goes through all the answers.',
  followHere:
    'Once the municipality has looked at your answer, you can see its status and the municipality’s message on this page under "Your answers".',
  newsHere: 'News about the challenge will appear on this page.',
  newsTo: 'News about your answer will go to {email}.',
  confirmMail:
    'You will get an e-mail asking you to confirm your address before the municipality sends news to it. If you confirmed it before, there is nothing more to do.',
  noMail: 'The municipality does not send news by e-mail. You can follow your answer on this page.',
  keepReference:
    'Keep your reference number if you want to ask the municipality about your answer.',
  contact: 'If you have questions, contact {contact}.',
};
