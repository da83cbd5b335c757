// English strings the challenge list needs for its first paint: the keys of the Danish catalogue
// (../da/list.ts), each with its English wording.
import type { ListMessages } from '../da/list';

export const list: ListMessages = {
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
