// Polish strings of "what others said" and joining in: the keys of ../da/others.ts.
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'Co powiedzieli inni',
  counts: 'Dotychczasowe odpowiedzi: {need}, {proposal}, {offer}.',
  'count.need': {
    one: '{count} o tym, co widzą',
    few: '{count} o tym, co widzą',
    many: '{count} o tym, co widzą',
    other: '{count} o tym, co widzą',
  },
  'count.proposal': {
    one: '{count} propozycja',
    few: '{count} propozycje',
    many: '{count} propozycji',
    other: '{count} propozycji',
  },
  'count.offer': {
    one: '{count} oferta pomocy',
    few: '{count} oferty pomocy',
    many: '{count} ofert pomocy',
    other: '{count} oferty pomocy',
  },
  outcome: 'Co z tego wyszło',
  updates: 'Wiadomości od gminy',
  published: 'Odpowiedzi, które pokazuje gmina',
  'kind.need': 'To widzę',
  'kind.proposal': 'Propozycja',
  'kind.offer': 'Oferta pomocy',
  from: 'Od: {organisation}',
  status: 'Stan: {status}',
  reply: 'Odpowiedź gminy:',
  seeksHelp: 'Ta propozycja potrzebuje ludzi, którzy pomogą ją uruchomić.',
  help: 'Chcę pomóc',
  joining: 'Twoja oferta dotyczy propozycji {reference}: „{title}”.',
};
