import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../../server/desk/throttle';

const limits = { perAccount: 3, perAddress: 5, windowMs: 60_000 };

function setup() {
  let now = 1_000_000;
  const throttle = createLoginThrottle(limits, () => now);
  return { throttle, advance: (ms: number) => (now += ms) };
}

describe('login throttle', () => {
  it('refuses an account after too many failures, from any address, until the window passes', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) {
      expect(throttle.check('Anne@Lunde.dk', `10.0.0.${i}`).allowed).toBe(true);
      throttle.failed('Anne@Lunde.dk', `10.0.0.${i}`);
      advance(1000);
    }
    const refused = throttle.check('anne@lunde.dk', '10.0.0.9');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 57 });
    advance(57_000);
    expect(throttle.check('anne@lunde.dk', '10.0.0.9').allowed).toBe(true);
  });

  it('refuses an address that tries many accounts', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.failed(`person${i}@lunde.dk`, '192.0.2.1');
    expect(throttle.check('someone-else@lunde.dk', '192.0.2.1').allowed).toBe(false);
    expect(throttle.check('someone-else@lunde.dk', '192.0.2.2').allowed).toBe(true);
  });

  it('clears the account after a success but not the address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 2; i++) throttle.failed('anne@lunde.dk', '192.0.2.1');
    throttle.succeeded('anne@lunde.dk');
    throttle.failed('anne@lunde.dk', '192.0.2.1');
    throttle.failed('anne@lunde.dk', '192.0.2.1');
    expect(throttle.check('anne@lunde.dk', '192.0.2.3').allowed).toBe(true);
    throttle.failed('bo@lunde.dk', '192.0.2.1');
    expect(throttle.check('carl@lunde.dk', '192.0.2.1').allowed).toBe(false);
  });

  it('forgets the oldest counters first when very many addresses fail', () => {
    const { throttle } = setup();
    for (let i = 0; i < 20_000; i++) throttle.failed('anne@lunde.dk', `a${i}`);
    // The account's counter is recent, so it is kept; it is far over its limit.
    expect(throttle.check('anne@lunde.dk', 'fresh').allowed).toBe(false);
  });
});
