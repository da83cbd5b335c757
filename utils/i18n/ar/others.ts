// Arabic strings of "what others said" and joining in: the keys of ../da/others.ts.
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'ماذا قال الآخرون',
  counts: 'الردود حتى الآن: {need}، {proposal}، {offer}.',
  'count.need': {
    zero: 'عمّا يرونه: {count}',
    one: 'عمّا يرونه: {count}',
    two: 'عمّا يرونه: {count}',
    few: 'عمّا يرونه: {count}',
    many: 'عمّا يرونه: {count}',
    other: 'عمّا يرونه: {count}',
  },
  'count.proposal': {
    zero: 'اقتراحات: {count}',
    one: 'اقتراحات: {count}',
    two: 'اقتراحات: {count}',
    few: 'اقتراحات: {count}',
    many: 'اقتراحات: {count}',
    other: 'اقتراحات: {count}',
  },
  'count.offer': {
    zero: 'عروض مساعدة: {count}',
    one: 'عروض مساعدة: {count}',
    two: 'عروض مساعدة: {count}',
    few: 'عروض مساعدة: {count}',
    many: 'عروض مساعدة: {count}',
    other: 'عروض مساعدة: {count}',
  },
  outcome: 'ماذا نتج عن ذلك',
  updates: 'أخبار من البلدية',
  published: 'ردود تعرضها البلدية',
  'kind.need': 'هذا ما أراه',
  'kind.proposal': 'اقتراح',
  'kind.offer': 'عرض مساعدة',
  from: 'من {organisation}',
  status: 'الحالة: {status}',
  reply: 'رد البلدية:',
  seeksHelp: 'يحتاج هذا الاقتراح إلى أشخاص يساعدون في البدء به.',
  help: 'أريد أن أساعد',
  joining: 'عرضك مرتبط بالاقتراح {reference}: “{title}”.',
};
