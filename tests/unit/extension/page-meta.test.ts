import { describe, expect, it } from 'vitest';
import { parsePageMeta } from '../../../extension/page-meta';

const base = { title: 'Frivillig i Lunde', url: 'https://frivillig.example/1', selection: '' };

describe('parsePageMeta', () => {
  it('takes title, deadline and organiser from a JobPosting', () => {
    const jobPosting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Lektiehjælper',
      employmentType: 'VOLUNTEER',
      validThrough: '2026-12-15T23:59:00+01:00',
      hiringOrganization: { '@type': 'Organization', name: 'Lunde Bibliotek' },
    };
    expect(
      parsePageMeta({ ...base, selection: 'tirsdage', jsonld: [JSON.stringify(jobPosting)] }),
    ).toEqual({
      title: 'Lektiehjælper',
      url: base.url,
      note: 'tirsdage',
      deadline: '2026-12-15',
      organiser: 'Lunde Bibliotek',
    });
  });

  it('finds an Event inside @graph', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        {
          '@type': ['SocialEvent'],
          name: 'Fællesspisning',
          startDate: '2027-01-10',
          organizer: 'Foreningen',
        },
      ],
    };
    expect(parsePageMeta({ ...base, jsonld: ['not json', JSON.stringify(graph)] })).toMatchObject({
      title: 'Fællesspisning',
      deadline: '2027-01-10',
      organiser: 'Foreningen',
    });
  });

  it('keeps the page title when there is nothing usable, and refuses junk', () => {
    expect(
      parsePageMeta({ ...base, jsonld: ['{"@type":"JobPosting","validThrough":"soon"}'] }),
    ).toEqual({
      title: base.title,
      url: base.url,
      note: '',
    });
    expect(parsePageMeta({ ...base, jsonld: 'x' })).toBeUndefined();
    expect(parsePageMeta(null)).toBeUndefined();
  });
});
