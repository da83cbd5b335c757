// SAMSKAB_PRIVACY_URL and SAMSKAB_ACCESSIBILITY_URL: the notices the status page links to. Only a
// web address is taken (a `javascript:` link in a citizen's page would run in the receiver's
// origin); unset, the page links the receiver's own notices.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../server/config';
import { readEnv } from '../../../server/env';
import { citizenPageLinks } from '../../../server/web/status-page';

describe('the notices the status page links to', () => {
  it('are the receiver’s own unless the municipality names its own', () => {
    expect(citizenPageLinks(readEnv({}, '/srv'))).toEqual({
      privacyUrl: '/om/privatliv',
      accessibilityUrl: '/om/tilgaengelighed',
    });
    const config = readEnv(
      {
        SAMSKAB_PRIVACY_URL: ' https://lunde.dk/privatliv ',
        SAMSKAB_ACCESSIBILITY_URL: 'https://www.was.digst.dk/lunde-dk',
      },
      '/srv',
    );
    expect(citizenPageLinks(config)).toEqual({
      privacyUrl: 'https://lunde.dk/privatliv',
      accessibilityUrl: 'https://www.was.digst.dk/lunde-dk',
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'lunde.dk/privatliv', '//lunde.dk'])(
    'refuse %s',
    (value) => {
      expect(() => readEnv({ SAMSKAB_PRIVACY_URL: value }, '/srv')).toThrow(ConfigError);
      expect(() => readEnv({ SAMSKAB_ACCESSIBILITY_URL: value }, '/srv')).toThrow(ConfigError);
    },
  );
});
