// Strings the challenge list needs for its first paint; the rest load with the answer form.
const da = {
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

export type ListMessages = Record<keyof typeof da, string>;

const en: ListMessages = {
  region: "The municipality's challenges",
  loading: 'Loading challenges …',
  empty: 'There are no challenges right now.',
  noMatch: 'No challenges match your search.',
  search: 'Search',
  theme: 'Theme',
  area: 'Area',
  all: 'All',
  count: '{shown} of {total} challenges',
  closed: 'Closed',
  deadline: 'Deadline {date}',
  previous: 'Previous',
  next: 'Next',
  page: 'Page {page} of {pages}',
  feedError: 'The challenges could not be loaded. Please try again later.',
  retry: 'Try again',
};

export const listMessages = { da, en };
