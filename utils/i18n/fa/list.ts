// Farsi strings the challenge list needs for its first paint: the keys of ../da/list.ts.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'rtl';

export const list: ListMessages = {
  region: 'چالش‌های شهرداری',
  loading: 'در حال بارگیری چالش‌ها …',
  empty: 'الان هیچ چالشی نیست.',
  search: 'جستجو',
  theme: 'موضوع',
  area: 'منطقه',
  all: 'همه',
  count: {
    one: '{shown} از {count} چالش',
    other: '{shown} از {count} چالش',
  },
  closed: 'بسته',
  deadline: 'مهلت {date}',
  feedError: 'نتوانستیم چالش‌ها را بارگیری کنیم. لطفاً بعداً دوباره امتحان کنید.',
  retry: 'دوباره امتحان کنید',
};
