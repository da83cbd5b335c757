// A feed of `count` plausible, distinct challenges: the layout test and the list benchmark
// (bench/scale.ts) measure the same list.
export const syntheticFeed = (count: number) => ({
  challenges: Array.from({ length: count }, (_, i) => ({
    id: `udfordring-${i}`,
    title: `Udfordring nummer ${i} om fællesskab i lokalområdet`,
    framing: 'Vi ser et behov for flere fællesskaber. '.repeat(5),
    theme: ['ældre', 'unge', 'ensomhed', 'sundhed'][i % 4],
    area: ['Lunde', 'Thueslund', 'Nordvest'][i % 3],
    url: `https://kommune.example/samskab/${i}`,
  })),
});
