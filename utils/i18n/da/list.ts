// Danish strings the challenge list needs for its first paint; the rest load with the answer form
// (./answer.ts). This catalogue sets the keys; the English one (../en/list.ts) must have the same.
export const list = {
  region: 'Kommunens udfordringer',
  loading: 'Henter udfordringer …',
  empty: 'Der er ingen udfordringer lige nu.',
  noMatch: 'Ingen udfordringer passer til din søgning.',
  search: 'Søg',
  theme: 'Emne',
  area: 'Område',
  all: 'Alle',
  count: '{shown} af {total} udfordringer',
  closed: 'Lukket',
  deadline: 'Frist {date}',
  previous: 'Forrige',
  next: 'Næste',
  page: 'Side {page} af {pages}',
  feedError: 'Udfordringerne kunne ikke hentes. Prøv igen senere.',
  retry: 'Prøv igen',
};

export type ListMessages = Record<keyof typeof list, string>;
