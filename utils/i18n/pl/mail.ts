// Polish words of the mails to citizens: the keys of ../da/mail.ts. Server only.
import type { MailMessages } from '../da/mail';

export const mail: MailMessages = {
  greeting: 'Dzień dobry',
  noReply: 'Nie można odpowiedzieć na tego e-maila.',
  'confirm.subject': 'Potwierdź adres e-mail do wiadomości o Twojej odpowiedzi',
  'confirm.why':
    'Ten adres e-mail został podany, aby otrzymywać e-mailem wiadomości o odpowiedzi wysłanej do gminy.',
  'confirm.ask':
    'Jeśli to Ty i chcesz dostawać e-mailem wiadomości o swojej odpowiedzi, potwierdź adres tutaj:',
  'confirm.waits':
    'Wiadomości wyślemy dopiero po potwierdzeniu adresu. Wiadomości, które pojawią się wcześniej, poczekają i przyjdą razem w jednym e-mailu, gdy potwierdzisz adres.',
  'confirm.notYou':
    'Jeśli to nie Ty, nie musisz nic robić. Adres zostanie usunięty, jeśli nie zostanie potwierdzony w ciągu {days} dni, a taki e-mail dostaniesz najwyżej raz na dobę.',
  'confirm.never': 'Jeśli nigdy nie chcesz dostawać stąd e-maili z wiadomościami: {url}',
  'update.subject': 'Wiadomości o Twojej odpowiedzi {reference}',
  'update.subjectMany': {
    one: 'Wiadomości o {count} Twojej odpowiedzi',
    few: 'Wiadomości o {count} Twoich odpowiedziach',
    many: 'Wiadomości o {count} Twoich odpowiedziach',
    other: 'Wiadomości o {count} Twojej odpowiedzi',
  },
  'update.intro': 'Gmina ma wiadomości o Twojej odpowiedzi {reference}.',
  'update.introChallenge':
    'Gmina ma wiadomości o Twojej odpowiedzi {reference} na wyzwanie „{title}”.',
  'update.introMany': {
    one: 'Gmina ma wiadomości o {count} Twojej odpowiedzi.',
    few: 'Gmina ma wiadomości o {count} Twoich odpowiedziach.',
    many: 'Gmina ma wiadomości o {count} Twoich odpowiedziach.',
    other: 'Gmina ma wiadomości o {count} Twojej odpowiedzi.',
  },
  'update.answer': 'Twoja odpowiedź {reference}:',
  'update.answerChallenge': 'Twoja odpowiedź {reference} na wyzwanie „{title}”:',
  'update.reply': 'Odpowiedź gminy dla Ciebie:',
  'update.link': 'Status i odpowiedź zobaczysz tutaj: {url}',
  'outcome.subject': 'Wynik wyzwania „{title}”',
  'outcome.subjectMany': {
    one: 'Wynik {count} wyzwania, na które odpowiedziałeś',
    few: 'Wyniki {count} wyzwań, na które odpowiedziałeś',
    many: 'Wyniki {count} wyzwań, na które odpowiedziałeś',
    other: 'Wyniki {count} wyzwania, na które odpowiedziałeś',
  },
  'outcome.closed': 'Gmina zamknęła wyzwanie „{title}”. Oto co z niego wynikło:',
  'outcome.answer': 'Twoja odpowiedź {reference}: {url}',
  'outcome.answers': 'Twoje odpowiedzi:',
  'outcome.link':
    'Pod linkiem zobaczysz status i odpowiedź gminy, a także możesz wycofać swoją odpowiedź.',
  'footer.why':
    'Dostajesz ten e-mail, ponieważ wysyłając odpowiedzi, podałeś adres e-mail do wiadomości o nich i go potwierdziłeś. Adres służy tylko do tego. Nie jest przechowywany razem z Twoimi odpowiedziami i zostanie usunięty {days} dni po zamknięciu wyzwania. Nie można odpowiedzieć na tego e-maila.',
  'footer.stop': 'Jeśli nie chcesz więcej e-maili z wiadomościami: {url}',
  'page.site': 'E-maile z wiadomościami o Twoich odpowiedziach',
  'page.confirm.title': 'Potwierdź swój adres e-mail',
  'page.confirm.ask':
    'Czy chcesz dostawać e-mail na adres {address}, gdy gmina będzie miała wiadomości o wysłanych przez Ciebie odpowiedziach?',
  'page.confirm.button': 'Tak, wysyłajcie mi wiadomości e-mailem',
  'page.confirm.ignore':
    'Jeśli nie, nie musisz nic robić. Adres zostanie usunięty, jeśli nie zostanie potwierdzony w ciągu {days} dni.',
  'page.confirmed.title': 'Twój adres e-mail jest potwierdzony',
  'page.confirmed.thanks': 'Dziękujemy. Twój adres e-mail jest potwierdzony',
  'page.confirmed.text':
    'Dostaniesz e-mail na adres {address}, gdy gmina będzie miała wiadomości o Twojej odpowiedzi. Wiadomości, które już czekają, przyjdą razem w jednym e-mailu.',
  'page.confirmed.stop':
    'Jeśli nie chcesz więcej e-maili, w każdym e-mailu jest link, aby je wyłączyć.',
  'page.stopped.title': 'Nie dostajesz e-maili z wiadomościami',
  'page.stopped.text':
    'Na ten adres nie są wysyłane e-maile z wiadomościami. Nie musisz nic więcej robić.',
  'page.unsubscribe.title': 'Wyłącz e-maile z wiadomościami',
  'page.unsubscribe.ask':
    'Czy nie chcesz już dostawać e-maili na adres {address} z wiadomościami o Twoich odpowiedziach?',
  'page.unsubscribe.button': 'Wyłącz e-maile',
  'page.unsubscribe.still':
    'Status i odpowiedź gminy nadal zobaczysz na stronie, na której wysłałeś odpowiedź.',
  'page.unsubscribed.title': 'E-maile są wyłączone',
  'page.refused.title': 'Wyłączenie e-maili zostało odrzucone',
  'page.refused.text':
    'Prośba nie przyszła z przycisku. Otwórz ponownie link z e-maila i naciśnij przycisk.',
};
