// Polish strings the challenge list needs for its first paint: the keys of ../da/list.ts.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'ltr';

export const list: ListMessages = {
  region: 'Wyzwania gminy',
  loading: 'Wczytywanie wyzwań …',
  empty: 'W tej chwili nie ma żadnych wyzwań.',
  search: 'Szukaj',
  theme: 'Temat',
  area: 'Obszar',
  all: 'Wszystkie',
  count: {
    one: '{shown} z {count} wyzwania',
    few: '{shown} z {count} wyzwań',
    many: '{shown} z {count} wyzwań',
    other: '{shown} z {count} wyzwania',
  },
  closed: 'Zamknięte',
  deadline: 'Termin {date}',
  feedError: 'Nie udało się wczytać wyzwań. Spróbuj ponownie później.',
  retry: 'Spróbuj ponownie',
};
