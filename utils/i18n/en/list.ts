// English strings the challenge list needs for its first paint: the keys of the Danish catalogue
// (../da/list.ts), each with its English wording.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'ltr';

export const list: ListMessages = {
  region: "The municipality's challenges",
  loading: 'Loading challenges …',
  empty: 'There are no challenges right now.',
  search: 'Search',
  theme: 'Topic',
  area: 'Area',
  all: 'All',
  count: { one: '{shown} of {count} challenge', other: '{shown} of {count} challenges' },
  closed: 'Closed',
  deadline: 'Deadline {date}',
  feedError: 'We could not load the challenges. Please try again later.',
  retry: 'Try again',
};
