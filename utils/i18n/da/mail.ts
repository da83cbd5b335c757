// Danish words of the mails to citizens (server/loop: the confirmation, update and outcome mails).
// Server only: the widget never imports this file. This catalogue sets the keys; every other
// language's mail.ts has the same. Plain text: a line break in a value is one in the mail (the
// Danish keeps the lines the mails always had; the other languages let the mail program wrap).
// The `page.*` keys are the pages the mails' confirm and unsubscribe links open
// (server/routes/mail-links.ts), as HTML text.
import type { CatalogueOf, Messages } from '../index';

export const mail = {
  greeting: 'Hej',
  noReply: 'Du kan ikke svare på denne e-mail.',
  'confirm.subject': 'Bekræft din e-mailadresse til nyt om dit svar',
  'confirm.why':
    'Denne e-mailadresse er skrevet ind for at få nyt på e-mail om et svar, der er sendt til kommunen.',
  'confirm.ask': 'Er det dig, og vil du have nyt om dit svar på e-mail, så bekræft adressen her:',
  'confirm.waits':
    'Først når du har bekræftet den, sender vi nyt til den. Nyt, der kommer inden, venter og kommer\nsamlet i én e-mail, når du har bekræftet.',
  'confirm.notYou':
    'Er det ikke dig, skal du ikke gøre noget. Adressen slettes, hvis den ikke bliver bekræftet inden\n{days} dage, og du får højst én e-mail som denne i døgnet.',
  'confirm.never': 'Vil du aldrig have e-mails om nyt herfra: {url}',
  'update.subject': 'Nyt om dit svar {reference}',
  'update.subjectMany': {
    one: 'Nyt om {count} af dine svar',
    other: 'Nyt om {count} af dine svar',
  },
  'update.intro': 'Kommunen har nyt om dit svar {reference}.',
  'update.introChallenge': 'Kommunen har nyt om dit svar {reference} til udfordringen "{title}".',
  'update.introMany': {
    one: 'Kommunen har nyt om {count} af dine svar.',
    other: 'Kommunen har nyt om {count} af dine svar.',
  },
  'update.answer': 'Dit svar {reference}:',
  'update.answerChallenge': 'Dit svar {reference} til udfordringen "{title}":',
  'update.reply': 'Kommunens besked til dig:',
  'update.link': 'Se status og kommunens besked her: {url}',
  'outcome.subject': 'Udfaldet af "{title}"',
  'outcome.subjectMany': {
    one: 'Udfaldet af {count} udfordring, du har svaret på',
    other: 'Udfaldet af {count} udfordringer, du har svaret på',
  },
  'outcome.closed': 'Kommunen har lukket udfordringen "{title}". Det kom der ud af den:',
  'outcome.answer': 'Dit svar {reference}: {url}',
  'outcome.answers': 'Dine svar:',
  'outcome.link': 'På linket kan du se status og kommunens besked og trække dit svar tilbage.',
  'footer.why':
    'Du får denne e-mail, fordi du skrev din e-mailadresse til nyt om dine svar, da du sendte dem,\nog bekræftede den. Adressen bruges kun til det. Den gemmes ikke sammen med dine svar, og den slettes\n{days} dage efter, at udfordringen er lukket. Du kan ikke svare på denne e-mail.',
  'footer.stop': 'Vil du ikke have flere e-mails om nyt: {url}',
  'page.site': 'E-mails om nyt om dine svar',
  'page.confirm.title': 'Bekræft din e-mailadresse',
  'page.confirm.ask':
    'Vil du have en e-mail til {address}, når kommunen har nyt om de svar, du har sendt?',
  'page.confirm.button': 'Ja, send mig nyt på e-mail',
  'page.confirm.ignore':
    'Vil du ikke det, skal du ikke gøre noget. Adressen slettes, hvis den ikke bliver bekræftet inden {days} dage.',
  'page.confirmed.title': 'Din e-mailadresse er bekræftet',
  'page.confirmed.thanks': 'Tak. Din e-mailadresse er bekræftet',
  'page.confirmed.text':
    'Du får en e-mail til {address}, når kommunen har nyt om dit svar. Nyt, der allerede venter, kommer samlet i én e-mail.',
  'page.confirmed.stop':
    'Vil du ikke have flere e-mails, er der et link til at afmelde dem i hver e-mail.',
  'page.stopped.title': 'Du får ikke e-mails om nyt',
  'page.stopped.text': 'Der sendes ingen e-mails om nyt til adressen. Du skal ikke gøre mere.',
  'page.unsubscribe.title': 'Afmeld e-mails om nyt',
  'page.unsubscribe.ask': 'Vil du ikke have flere e-mails til {address} om nyt om dine svar?',
  'page.unsubscribe.button': 'Afmeld e-mails',
  'page.unsubscribe.still':
    'Du kan stadig se status og kommunens besked på den side, hvor du sendte dit svar.',
  'page.unsubscribed.title': 'Du er afmeldt',
  'page.refused.title': 'Afmeldingen blev afvist',
  'page.refused.text':
    'Afmeldingen kom ikke fra knappen. Åbn linket i e-mailen igen, og tryk på knappen.',
} satisfies Messages;

export type MailMessages = CatalogueOf<typeof mail>;
