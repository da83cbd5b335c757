// Turkish strings the challenge list needs for its first paint: the keys of ../da/list.ts.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'ltr';

export const list: ListMessages = {
  region: 'Belediyenin meseleleri',
  loading: 'Meseleler yükleniyor …',
  empty: 'Şu anda hiç mesele yok.',
  search: 'Ara',
  theme: 'Konu',
  area: 'Bölge',
  all: 'Hepsi',
  count: {
    one: '{shown}/{count} mesele',
    other: '{shown}/{count} mesele',
  },
  closed: 'Kapalı',
  deadline: 'Son tarih {date}',
  feedError: 'Meseleleri yükleyemedik. Lütfen daha sonra tekrar deneyin.',
  retry: 'Tekrar deneyin',
};
