// A protocol 1.1 feed, as a receiver with the desk serves it: an open challenge with counts,
// updates and published answers (one a proposal that seeks help), a closed one with its outcome,
// and a plain 1.0 item. Texts hold markup, which must show as text.
export const OPEN = 'Tryghed på stationen om aftenen';
export const CLOSED = 'Legepladsen i Nordvest';
export const PLAIN = 'Grønne gårde i Thueslund';
export const PROPOSAL = 'SK-7F3K2Q';

export const loopFeed = () => ({
  challenges: [
    {
      id: 'legeplads-nordvest',
      title: CLOSED,
      framing: 'Legepladsen er slidt.',
      url: 'https://kommune.example/samskab/legeplads',
      status: 'closed',
      counts: { need: 4, proposal: 2, offer: 0 },
      outcome: 'Legepladsen bliver fornyet i foråret, med gynger fra forslagene.',
    },
    {
      id: 'tryghed-paa-stationen',
      title: OPEN,
      framing: 'Flere fortæller, at de undgår stationen om aftenen.',
      url: 'https://kommune.example/samskab/station',
      deadline: '2099-01-31',
      counts: { need: 3, proposal: 1, offer: 2 },
      updates: [
        { at: '2026-11-20T09:00:00Z', text: 'Vi har læst alle svar og taler med DSB i december.' },
      ],
      published: [
        {
          reference: PROPOSAL,
          kind: 'proposal',
          title: 'Natteravne på perronen',
          text: 'Frivillige går rundt fredag og lørdag aften. <img src=x onerror="alert(1)">',
          actorType: 'association',
          organisation: 'Lunde Natteravne',
          status: 'taken-forward',
          reply: 'Tak! Vi mødes med jer i januar.',
          publishedAt: '2026-11-21T10:00:00Z',
          seeksHelp: true,
        },
        {
          reference: 'SK-ABCDEF',
          kind: 'need',
          text: 'Lyset ved cykelparkeringen er gået.',
          actorType: 'citizen',
          status: 'done',
          publishedAt: '2026-11-19T10:00:00Z',
        },
        // Invalid (no text): skipped with a console warning, the others still shown.
        {
          reference: 'SK-BBBBBB',
          kind: 'need',
          actorType: 'citizen',
          status: 'done',
          publishedAt: '2026-11-19T10:00:00Z',
        },
      ],
    },
    {
      id: 'groenne-gaarde',
      title: PLAIN,
      framing: 'Gårdene kunne bruges mere.',
      url: 'https://kommune.example/samskab/gaarde',
    },
  ],
});
