// Polish strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'Co dalej?',
  readsAll: 'Gmina czyta wszystkie odpowiedzi, które dostaje.',
  deadline: 'Można odpowiadać do {date}. Potem gmina przegląda wszystkie odpowiedzi.',
  followHere:
    'Gdy gmina przejrzy twoją odpowiedź, zobaczysz jej stan i odpowiedź gminy tutaj na stronie, w części „Twoje odpowiedzi”.',
  newsHere: 'Wiadomości o tym wyzwaniu pojawią się tutaj na stronie.',
  newsTo: 'Wiadomości o Twojej odpowiedzi wyślemy na adres {email}.',
  confirmMail:
    'Dostaniesz e-mail, w którym trzeba potwierdzić twój adres e-mail, zanim gmina wyśle na niego wiadomości. Jeśli był już potwierdzony, nie musisz nic robić.',
  noMail: 'Gmina nie wysyła wiadomości e-mailem. Możesz śledzić swoją odpowiedź na tej stronie.',
  keepReference: 'Zachowaj numer referencyjny, jeśli chcesz zapytać gminę o swoją odpowiedź.',
  contact: 'Jeśli masz pytania, skontaktuj się z: {contact}.',
};
