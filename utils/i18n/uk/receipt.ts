// Ukrainian strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'Що буде далі?',
  readsAll: 'Комуна читає всі відповіді, які отримує.',
  deadline: 'Відповідати можна до {date}. Потім комуна переглядає всі відповіді.',
  followHere:
    'Коли комуна перегляне вашу відповідь, ви побачите її стан і відповідь комуни тут, на сторінці, у розділі «Ваші відповіді».',
  newsHere: 'Новини про цей виклик з’являться тут, на сторінці.',
  keepReference: 'Збережіть номер вашої відповіді, якщо захочете запитати про неї комуну.',
  contact: 'Якщо маєте запитання, зверніться до: {contact}.',
};
