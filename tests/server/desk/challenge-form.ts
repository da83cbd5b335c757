// The desk's form for a new challenge, filled in as a facilitator would: the tests that post it
// (the desk's challenges, a full disk, a failing database) share one copy.

/** A complete desk form for a new challenge, with only the fields it needs. */
export const challengeForm = (id: string): Record<string, string | string[]> => ({
  id,
  title: 'Flere frivillige i Nordvest',
  framing: 'Vi ser, at foreningerne mangler hænder.',
  'question-1': 'Hvad holder jer tilbage?',
  seeking: ['proposal', 'offer'],
  resourcesWanted: ['time'],
  area: 'Nordvest',
  theme: 'frivillighed',
  deadline: '2027-06-30',
  status: 'open',
  allowAnonymous: 'ja',
  'contact-name': 'Mette Facilitator',
  'contact-email': 'mette@lunde.dk',
  url: 'https://kommune.example/samskab/frivillige',
});
