// Danish strings the challenge list needs for its first paint; the rest load with the answer form
// (./answer.ts). This catalogue sets the keys (and which of them are plural); every other
// language's list.ts must have the same, with the plural forms its language uses.
import type { CatalogueOf, Messages } from '../index';
import type { Direction } from '../languages';

export const dir: Direction = 'ltr';

export const list = {
  region: 'Kommunens udfordringer',
  loading: 'Henter udfordringer …',
  empty: 'Der er ingen udfordringer lige nu.',
  search: 'Søg',
  theme: 'Emne',
  area: 'Område',
  all: 'Alle',
  count: { one: '{shown} af {count} udfordring', other: '{shown} af {count} udfordringer' },
  closed: 'Lukket',
  deadline: 'Frist {date}',
  feedError: 'Vi kunne ikke hente udfordringerne. Prøv igen senere.',
  retry: 'Prøv igen',
} satisfies Messages;

export type ListMessages = CatalogueOf<typeof list>;
