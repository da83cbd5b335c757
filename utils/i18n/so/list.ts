// Somali strings the challenge list needs for its first paint: the keys of ../da/list.ts.
import type { ListMessages } from '../da/list';
import type { Direction } from '../languages';

export const dir: Direction = 'ltr';

export const list: ListMessages = {
  region: 'Caqabadaha dawladda hoose',
  loading: 'Caqabadaha waa la soo rarayaa …',
  empty: 'Hadda ma jiraan caqabado.',
  search: 'Raadi',
  theme: 'Mawduuc',
  area: 'Aag',
  all: 'Dhammaan',
  count: {
    one: '{shown} ka mid ah {count} caqabad',
    other: '{shown} ka mid ah {count} caqabadood',
  },
  closed: 'Xiran',
  deadline: 'Waqtiga ugu dambeeya {date}',
  feedError: 'Caqabadaha lama soo rari karin. Fadlan mar kale isku day goor dambe.',
  retry: 'Isku day mar kale',
};
