// Farsi strings of "what others said" and joining in: the keys of ../da/others.ts.
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'دیگران چه گفته‌اند',
  counts: 'پاسخ‌ها تا الان: {need}، {proposal}، {offer}.',
  'count.need': {
    one: '{count} دربارهٔ آنچه می‌بینند',
    other: '{count} دربارهٔ آنچه می‌بینند',
  },
  'count.proposal': {
    one: '{count} پیشنهاد',
    other: '{count} پیشنهاد',
  },
  'count.offer': {
    one: '{count} آمادگی برای کمک',
    other: '{count} آمادگی برای کمک',
  },
  outcome: 'نتیجه چه شد',
  updates: 'خبرهای شهرداری',
  published: 'پاسخ‌هایی که شهرداری نشان می‌دهد',
  'kind.need': 'این را می‌بینم',
  'kind.proposal': 'پیشنهاد',
  'kind.offer': 'آمادگی برای کمک',
  from: 'از {organisation}',
  status: 'وضعیت: {status}',
  reply: 'پاسخ شهرداری:',
  seeksHelp: 'این پیشنهاد به کسانی نیاز دارد که در شروع آن کمک کنند.',
  help: 'می‌خواهم کمک کنم',
  joining: 'کمک شما به پیشنهاد {reference} وصل می‌شود: «{title}».',
};
