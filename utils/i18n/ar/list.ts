// Arabic strings the challenge list needs for its first paint: the keys of ../da/list.ts.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'rtl';

export const list: ListMessages = {
  region: 'تحديات البلدية',
  loading: 'جارٍ تحميل التحديات …',
  empty: 'لا توجد تحديات الآن.',
  search: 'بحث',
  theme: 'الموضوع',
  area: 'المنطقة',
  all: 'الكل',
  count: {
    zero: '{shown} من {count} تحديات',
    one: '{shown} من تحدٍّ واحد',
    two: '{shown} من تحدّيين',
    few: '{shown} من {count} تحديات',
    many: '{shown} من {count} تحدّيًا',
    other: '{shown} من {count} تحدٍّ',
  },
  closed: 'مغلق',
  deadline: 'آخر موعد {date}',
  feedError: 'لم نتمكن من تحميل التحديات. يُرجى المحاولة مرة أخرى لاحقًا.',
  retry: 'إعادة المحاولة',
};
