import { describe, it } from 'vitest';
import { openTestPostgres } from './fixtures';
import { skipPostgres } from './postgres';
import { describeReceiver } from './receiver-suite';

if (skipPostgres) {
  describe.skip('receiver on PostgreSQL (SAMSKAB_SKIP_POSTGRES=1)', () => {
    it('is skipped on request', () => {});
  });
} else {
  // Without PostgreSQL installed, startPostgres throws in beforeAll and every test here fails with
  // its message: a missing database must not look like a passing suite.
  describeReceiver('PostgreSQL', openTestPostgres);
}
