// Ukrainian strings the challenge list needs for its first paint: the keys of ../da/list.ts.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'ltr';

export const list: ListMessages = {
  region: 'Виклики комуни',
  loading: 'Завантаження викликів …',
  empty: 'Зараз немає жодного виклику.',
  search: 'Пошук',
  theme: 'Тема',
  area: 'Район',
  all: 'Усі',
  count: {
    one: '{shown} з {count} виклику',
    few: '{shown} з {count} викликів',
    many: '{shown} з {count} викликів',
    other: '{shown} з {count} виклику',
  },
  closed: 'Закрито',
  deadline: 'Термін {date}',
  feedError: 'Не вдалося завантажити виклики. Спробуйте пізніше.',
  retry: 'Спробувати ще раз',
};
