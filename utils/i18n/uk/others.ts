// Ukrainian strings of "what others said" and joining in: the keys of ../da/others.ts.
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'Що сказали інші',
  counts: 'Відповіді досі: {need}, {proposal}, {offer}.',
  'count.need': {
    one: '{count} про те, що бачать',
    few: '{count} про те, що бачать',
    many: '{count} про те, що бачать',
    other: '{count} про те, що бачать',
  },
  'count.proposal': {
    one: '{count} пропозиція',
    few: '{count} пропозиції',
    many: '{count} пропозицій',
    other: '{count} пропозиції',
  },
  'count.offer': {
    one: '{count} пропозиція допомоги',
    few: '{count} пропозиції допомоги',
    many: '{count} пропозицій допомоги',
    other: '{count} пропозиції допомоги',
  },
  outcome: 'Що з цього вийшло',
  updates: 'Новини від комуни',
  published: 'Відповіді, які показує комуна',
  'kind.need': 'Це я бачу',
  'kind.proposal': 'Пропозиція',
  'kind.offer': 'Пропозиція допомоги',
  from: 'Від: {organisation}',
  status: 'Стан: {status}',
  reply: 'Відповідь комуни:',
  seeksHelp: 'Цій пропозиції потрібні люди, які допоможуть її розпочати.',
  help: 'Я хочу допомогти',
  joining: 'Ваша пропозиція допомоги стосується пропозиції {reference}: «{title}».',
};
