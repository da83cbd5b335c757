// Danish strings of the challenge page, the answer forms and the outbox (loaded with the form
// chunk). Plain, short wording: many readers have Danish as a second language ("Kommunikér så alle
// forstår det": short sentences, everyday words, "du" and "vi"). This catalogue sets the keys and
// which of them are plural; every other language's answer.ts must have the same. Every kind of
// answer needs its labels here (`KindLabelKey`, from the kind table in utils/kinds.ts), and its
// desk names in ./labels.ts.
import type { KindLabelKey } from '../../kinds';
import type { CatalogueOf, Messages } from '../index';

export const answer = {
  /** The list's, once searching and paging work (they come with this chunk). */
  noMatch: 'Ingen udfordringer passer til din søgning.',
  previous: 'Forrige',
  next: 'Næste',
  page: 'Side {page} af {pages}',
  back: 'Tilbage til listen',
  notFound: 'Udfordringen findes ikke længere.',
  weSee: 'Sådan ser vi udfordringen',
  questions: 'Det spørger vi om',
  defaultQ1: 'Hvad ser du?',
  defaultQ2: 'Hvad foreslår du?',
  contact: 'Kontakt',
  deadline: 'Frist: {date}',
  closedNotice: 'Denne udfordring er lukket. Du kan ikke svare på den længere.',
  shownInDanish:
    'Noget af teksten vises på dansk, fordi der ikke er en oversættelse til dit sprog.',
  resourcesWanted: 'Vi har især brug for',
  chooseKind: 'Hvordan vil du være med?',
  'kind.need': 'Fortæl hvad du ser',
  'kind.proposal': 'Foreslå en løsning',
  'kind.offer': 'Tilbyd hjælp',
  'kindHint.need': 'Et problem eller et behov, du kender til.',
  'kindHint.proposal': 'En idé til, hvad vi kan gøre.',
  'kindHint.offer': 'Tid, et lokale, udstyr eller andet.',
  'actor.citizen': 'Borger',
  'actor.volunteer': 'Frivillig',
  'actor.relative': 'Pårørende',
  'actor.association': 'Forening',
  'actor.business': 'Virksomhed',
  'actor.informal-group': 'Uformel gruppe',
  'actor.other': 'Andet',
  'resource.time': 'Tid',
  'resource.skills': 'Viden og færdigheder',
  'resource.venue': 'Lokale',
  'resource.equipment': 'Udstyr',
  'resource.network': 'Netværk',
  'resource.funding': 'Penge',
  'resource.other': 'Andet',
  required: '(skal udfyldes)',
  optional: '(valgfrit)',
  titleLabel: 'Overskrift',
  'bodyLabel.need': 'Hvad ser du?',
  'bodyLabel.proposal': 'Hvad foreslår du?',
  'bodyLabel.offer': 'Hvad kan du tilbyde?',
  bodyHint: {
    one: 'Skriv med dine egne ord. Højst {count} tegn. Skriv ikke CPR-numre eller noget om andres helbred.',
    other:
      'Skriv med dine egne ord. Højst {count} tegn. Skriv ikke CPR-numre eller noget om andres helbred.',
  },
  resourceType: 'Hvad kan du hjælpe med?',
  availability: 'Hvornår og hvor meget?',
  offerArea: 'Hvor (by eller område)?',
  canHelp: 'Jeg eller vi kan hjælpe med at sætte det i gang',
  aboutYou: 'Om dig',
  actorType: 'Jeg svarer som',
  name: 'Navn',
  organisation: 'Forening eller virksomhed',
  email: 'E-mail',
  phone: 'Telefon',
  anonymousHint: 'Du kan svare uden navn. Skriv kun kontaktoplysninger, hvis vi må kontakte dig.',
  identityRequired:
    'Til denne udfordring skal du skrive dit navn og en e-mail eller et telefonnummer.',
  consent: 'Kommunen må kontakte mig om mit svar',
  consentHint: 'Kommunen bruger kun dine oplysninger til at kontakte dig om dette svar.',
  updatesEmail: 'Vil du vide, når kommunen har nyt om dit svar? Skriv din e-mail',
  updatesHint:
    'Vi bruger den kun til at skrive til dig om dette svar. Vi gemmer den for sig og sletter den 30 dage efter, at udfordringen er lukket.',
  updatesToo: 'Send mig også nyt om mit svar på den e-mail',
  publish: 'Kommunen må vise mit svar på siden, uden navn og kontaktoplysninger',
  privacy: 'Sådan behandler kommunen dine oplysninger',
  honeypot: 'Lad dette felt være tomt',
  submit: 'Send svar',
  notQueued: 'Svaret kunne ikke sendes. Din kladde er gemt. Prøv igen.',
  discard: 'Slet kladde',
  discardConfirm: 'Vil du slette din kladde? Det kan ikke fortrydes.',
  discardYes: 'Ja, slet',
  discardNo: 'Nej, behold',
  draftSaved: 'Kladde gemt {time}',
  draftRestored: 'Din kladde er hentet frem igen.',
  memoryOnly: 'Din browser gemmer ikke kladder. Hvis du lukker siden, forsvinder teksten.',
  storageFailed:
    'Browseren kan ikke gemme mere lige nu. Teksten og dine svar er gemt, så længe siden er åben.',
  errorSummary: {
    one: 'Ret {count} fejl, før du sender:',
    other: 'Ret {count} fejl, før du sender:',
  },
  'error.required': 'Skal udfyldes.',
  'error.tooLong': { one: 'Højst {count} tegn.', other: 'Højst {count} tegn.' },
  'error.email': 'Skriv e-mailen rigtigt, fx navn@eksempel.dk.',
  'error.phone': 'Skriv telefonnummeret rigtigt, fx 12 34 56 78.',
  'error.consent': 'Sæt kryds, hvis vi må kontakte dig. Ellers fjern e-mail og telefon.',
  'error.identity': 'Skriv dit navn og en e-mail eller et telefonnummer.',
  'error.invalid': 'Feltet er ikke udfyldt rigtigt.',
  queuedTitle: 'Tak! Dit svar er klar til at blive sendt.',
  sentTitle: 'Tak! Dit svar er sendt.',
  notSentTitle: 'Dit svar er ikke sendt endnu',
  unreachable:
    'Dit svar er gemt her i browseren, men siden kan ikke få kontakt med kommunen. Vi prøver igen. Kopiér teksten, eller gem den som fil, så den ikke går tabt.',
  reference: 'Dit referencenummer: {reference}',
  newAnswer: 'Skriv et svar mere',
  outbox: 'Dine svar ({count})',
  showMore: { one: 'Vis {count} svar mere', other: 'Vis {count} svar mere' },
  'state.queued': 'Venter på at blive sendt',
  'state.sending': 'Sendes …',
  'state.delivered': 'Sendt',
  'state.attention': 'Kunne ikke sendes',
  offlineNote:
    'Du har ikke forbindelse til internettet. Vi sender svaret, når du har forbindelse igen.',
  nextTry: 'Vi prøver igen {time}',
  stale:
    'Svaret er stadig ikke sendt efter 7 dage. Kopiér teksten, eller gem den som fil, så den ikke går tabt.',
  retryNow: 'Prøv igen nu',
  copy: 'Kopiér tekst',
  copied: 'Teksten er kopieret.',
  download: 'Gem som fil',
  remove: 'Fjern',
  removeConfirm: 'Svaret er ikke sendt. Vil du fjerne det? Det kan ikke fortrydes.',
  rejected: 'Kommunen tog ikke imod svaret: {reason}',
  misconfigured:
    'Svaret kan ikke sendes lige nu, fordi der er en fejl på siden ({status}). Dit svar er gemt.',
  forget: 'Glem mine kladder på denne side',
  forgetConfirm: 'Vil du slette alle kladder og svar, der ikke er sendt, fra denne browser?',
  forgotten: 'Dine kladder er slettet fra denne browser.',
  configError: 'Samskab kan ikke vises: {detail}',
  pageBroken:
    'Du kan ikke svare her lige nu, fordi siden har en teknisk fejl. Kontakt kommunen på en anden måde.',
  /** The language switcher's label (widget/switcher.tsx). */
  language: 'Sprog',
  /** The marker on a challenge (and a kind) that has a draft. */
  hasDraft: 'Kladde',
  /** For the webmaster, in place of "no challenges right now": every item of the feed is invalid. */
  feedNotice: {
    one: 'Udfordringen kan ikke vises, fordi den har fejl. Til webmasteren: browserens konsol siger, hvilke felter der mangler eller er forkerte.',
    other:
      'Ingen af udfordringerne kan vises: alle {count} i listen har fejl. Til webmasteren: browserens konsol siger, hvilke felter der mangler eller er forkerte.',
  },
  // Issue 22: read-aloud (components/ReadAloud.tsx) and the other ways to answer.
  readAloud: 'Læs op',
  readAloudStop: 'Stop oplæsning',
  otherWays: 'Du kan også ringe eller skrive',
} satisfies Messages & Record<KindLabelKey, string>;

export type AnswerMessages = CatalogueOf<typeof answer>;
