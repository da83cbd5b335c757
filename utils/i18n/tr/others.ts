// Turkish strings of "what others said" and joining in: the keys of ../da/others.ts.
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'Başkaları ne dedi',
  counts: 'Şimdiye kadarki yanıtlar: {need}, {proposal}, {offer}.',
  'count.need': {
    one: '{count} gözlem',
    other: '{count} gözlem',
  },
  'count.proposal': {
    one: '{count} öneri',
    other: '{count} öneri',
  },
  'count.offer': {
    one: '{count} yardım teklifi',
    other: '{count} yardım teklifi',
  },
  outcome: 'Sonuç ne oldu',
  updates: 'Belediyeden haberler',
  published: 'Belediyenin gösterdiği yanıtlar',
  'kind.need': 'Bunu görüyorum',
  'kind.proposal': 'Öneri',
  'kind.offer': 'Yardım teklifi',
  from: '{organisation} tarafından',
  status: 'Durum: {status}',
  reply: 'Belediyenin yanıtı:',
  seeksHelp: 'Bu öneriyi başlatmaya yardım edecek insanlar gerekiyor.',
  help: 'Yardım etmek istiyorum',
  joining: 'Teklifiniz {reference} numaralı öneriyle birlikte gider: “{title}”.',
};
