// Polish words of the citizen's status page: the keys of ../da/status-page.ts. Server only.
import type { StatusPageMessages } from '../da/status-page';

export const statusPage: StatusPageMessages = {
  skipLink: 'Przejdź do treści strony',
  site: 'Twoja odpowiedź dla gminy',
  footer: 'O stronie',
  privacy: 'Polityka prywatności',
  accessibility: 'Deklaracja dostępności',
  title: 'Twoja odpowiedź {reference}',
  reference: 'Numer referencyjny',
  kind: 'Rodzaj odpowiedzi',
  challenge: 'Wyzwanie',
  unknownChallenge: 'Wyzwanie na stronie internetowej gminy',
  sent: 'Wysłano',
  changed: 'Ostatnia zmiana: {date}.',
  'meaning.received': 'Twoja odpowiedź dotarła, ale gmina jeszcze się jej nie przyjrzała.',
  'meaning.in-review': 'Gmina przygląda się Twojej odpowiedzi.',
  'meaning.taken-forward': 'Gmina pracuje dalej nad Twoją odpowiedzią.',
  'meaning.not-taken-forward':
    'Gmina postanowiła tym razem nie pracować dalej nad Twoją odpowiedzią.',
  'meaning.done': 'To, czego dotyczyła Twoja odpowiedź, zostało zrobione.',
  reply: 'Odpowiedź gminy dla Ciebie',
  closed: 'Wyzwanie jest zamknięte.',
  news: 'E-maile z wiadomościami',
  'news.confirmed': 'Dostaniesz e-mail, gdy gmina będzie miała wiadomości o tej odpowiedzi.',
  'news.unconfirmed':
    'Poprosiłeś o e-mail, gdy gmina będzie miała wiadomości o tej odpowiedzi. Przyjdzie, gdy potwierdzisz swój adres e-mail w wiadomości, którą wysłaliśmy.',
  'news.none':
    'Nie dostajesz e-maili z wiadomościami o tej odpowiedzi. Status zawsze możesz zobaczyć tutaj.',
  stopNews: 'Nie wysyłaj więcej e-maili o tej odpowiedzi',
  withdraw: 'Wycofaj swoją odpowiedź',
  withdrawWhat:
    'Jeśli nie chcesz już, aby gmina korzystała z Twojej odpowiedzi, możesz ją wycofać. Wtedy to, co napisałeś, i Twoje dane kontaktowe zostaną usunięte.',
  withdrawButton: 'Wycofaj moją odpowiedź',
  forwarded:
    'Strona nie pokazuje, co napisałeś, bo link można przekazać dalej. Kto ma link, może zobaczyć status i wycofać odpowiedź: udostępniaj go tylko osobom, którym ufasz.',
  'withdraw.title': 'Wycofać odpowiedź?',
  'withdraw.intro': 'Zamierzasz wycofać swoją odpowiedź {reference}.',
  'withdraw.introChallenge':
    'Zamierzasz wycofać swoją odpowiedź {reference} na wyzwanie „{title}”.',
  'withdraw.erased':
    'To, co napisałeś, oraz Twoje imię, e-mail i numer telefonu zostaną usunięte w gminie.',
  'withdraw.unpublished':
    'Jeśli odpowiedź została opublikowana, zniknie ze strony gminy, a e-maile z wiadomościami o niej przestaną przychodzić.',
  'withdraw.kept':
    'Gmina zachowa tylko numer referencyjny, datę wpłynięcia odpowiedzi oraz jej rodzaj i wyzwanie, aby liczby się zgadzały.',
  'withdraw.final': 'Tego nie można cofnąć.',
  'withdraw.linkStops': 'Potem link do odpowiedzi nie będzie działał.',
  'withdraw.yes': 'Tak, wycofaj moją odpowiedź',
  'withdraw.no': 'Nie, wróć do statusu odpowiedzi',
  'withdrawn.title': 'Twoja odpowiedź została wycofana',
  'withdrawn.text':
    'To, co napisałeś w odpowiedzi {reference}, oraz Twoje dane kontaktowe zostały usunięte w gminie. Nie dostaniesz już e-maili na jej temat, a link przestał działać.',
  'newsStopped.title': 'Nie dostaniesz więcej e-maili o tej odpowiedzi',
  'newsStopped.text':
    'E-maile z wiadomościami o Twojej odpowiedzi {reference} nie będą już wysyłane. Status i odpowiedź gminy nadal zobaczysz na {link}.',
  'newsStopped.link': 'stronie odpowiedzi',
  'gone.title': 'Link nie działa',
  'gone.text':
    'Nie możemy znaleźć odpowiedzi. Link może być błędnie wpisany albo odpowiedź została usunięta.',
  'refused.title': 'Nie udało się',
  'refused.text':
    'Formularz jest za stary albo nie pochodzi ze strony odpowiedzi. Nic się nie zmieniło. {link} i spróbuj ponownie.',
  'refused.link': 'Wróć na stronę odpowiedzi',
  'tooMany.title': 'Za dużo prób',
  'tooMany.text': 'Z Twojego połączenia przyszło za dużo prób. Spróbuj ponownie za chwilę.',
};
