// Danish words of the citizen's status page and the pages its forms lead to (issue 20 point 1;
// server/web/status-page.ts). Server only: the widget never imports this file, so its bytes are in
// no widget chunk. This catalogue sets the keys; every other language's status-page.ts has the same.
// The status's name and the kind of answer are the widget's (./status.ts, ./others.ts).
import type { CatalogueOf, Messages } from '../index';

export const statusPage = {
  skipLink: 'Gå til sidens indhold',
  site: 'Dit svar til kommunen',
  footer: 'Om siden',
  privacy: 'Privatlivspolitik',
  accessibility: 'Tilgængelighedserklæring',
  title: 'Dit svar {reference}',
  reference: 'Reference',
  kind: 'Slags svar',
  challenge: 'Udfordring',
  unknownChallenge: 'En udfordring på kommunens hjemmeside',
  sent: 'Sendt',
  changed: 'Sidst ændret {date}.',
  'meaning.received': 'Dit svar er kommet frem, men kommunen har ikke set på det endnu.',
  'meaning.in-review': 'Kommunen er i gang med at se på dit svar.',
  'meaning.taken-forward': 'Kommunen arbejder videre med dit svar.',
  'meaning.not-taken-forward': 'Kommunen har valgt ikke at arbejde videre med dit svar denne gang.',
  'meaning.done': 'Det, dit svar handlede om, er gennemført.',
  reply: 'Kommunens besked til dig',
  closed: 'Udfordringen er lukket.',
  news: 'E-mails om nyt',
  'news.confirmed': 'Du får en e-mail, når kommunen har nyt om dette svar.',
  'news.unconfirmed':
    'Du har bedt om en e-mail, når kommunen har nyt om dette svar. Den kommer, når du har bekræftet din e-mailadresse fra den e-mail, vi sendte.',
  'news.none': 'Du får ikke e-mails om nyt om dette svar. Du kan altid se status her.',
  stopNews: 'Stop e-mails om dette svar',
  withdraw: 'Træk dit svar tilbage',
  withdrawWhat:
    'Vil du ikke længere have, at kommunen bruger dit svar, kan du trække det tilbage. Så slettes det, du skrev, og dine kontaktoplysninger.',
  withdrawButton: 'Træk mit svar tilbage',
  forwarded:
    'Siden viser ikke, hvad du skrev, for linket kan sendes videre. Den, der har linket, kan se status og trække svaret tilbage: del det kun med nogen, du stoler på.',
  'withdraw.title': 'Træk dit svar tilbage?',
  'withdraw.intro': 'Du er ved at trække dit svar {reference} tilbage.',
  'withdraw.introChallenge':
    'Du er ved at trække dit svar {reference} tilbage fra udfordringen "{title}".',
  'withdraw.erased':
    'Det, du skrev, og dit navn, din e-mail og dit telefonnummer slettes hos kommunen.',
  'withdraw.unpublished':
    'Er svaret offentliggjort, fjernes det fra kommunens hjemmeside, og e-mails om nyt om det stopper.',
  'withdraw.kept':
    'Kommunen beholder kun referencen, hvornår svaret kom, og hvilken slags svar og udfordring det var, så tallene passer.',
  'withdraw.final': 'Det kan ikke fortrydes.',
  'withdraw.linkStops': 'Linket til svaret virker ikke bagefter.',
  'withdraw.yes': 'Ja, træk mit svar tilbage',
  'withdraw.no': 'Nej, tilbage til status for svaret',
  'withdrawn.title': 'Dit svar er trukket tilbage',
  'withdrawn.text':
    'Det, du skrev i svaret {reference}, og dine kontaktoplysninger er slettet hos kommunen. Du får ikke flere e-mails om det, og linket virker ikke længere.',
  'newsStopped.title': 'Du får ikke flere e-mails om svaret',
  'newsStopped.text':
    'Der sendes ikke flere e-mails om nyt om dit svar {reference}. Du kan stadig se status og kommunens besked på {link}.',
  'newsStopped.link': 'siden for svaret',
  'gone.title': 'Linket virker ikke',
  'gone.text':
    'Vi kan ikke finde svaret. Linket kan være skrevet forkert, eller svaret er slettet.',
  'refused.title': 'Det lykkedes ikke',
  'refused.text':
    'Formularen er for gammel, eller den kom ikke fra siden for svaret. Intet er ændret. {link}, og prøv igen.',
  'refused.link': 'Gå tilbage til siden for svaret',
  'tooMany.title': 'For mange forsøg',
  'tooMany.text': 'Der er kommet for mange forsøg fra din forbindelse. Prøv igen om lidt.',
} satisfies Messages;

export type StatusPageMessages = CatalogueOf<typeof statusPage>;
