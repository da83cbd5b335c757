// Protocol 1.1's fields of the answer form: the updates address and consent to publish.
import { describe, expect, it } from 'vitest';
import { checkAnswer, type EnvelopeContext, emptyFields } from '../../../utils/answer-form';
import { detectSamskab } from '../../../utils/detect';

const context: EnvelopeContext = {
  id: '6f1c1f7e-5b1e-4c1a-9d1e-1f2e3d4c5b6a',
  kind: 'need',
  challenge: { id: 'ensomhed', title: 'Ensomhed', url: 'https://lunde.example/ensomhed' },
  locale: 'da',
  pageUrl: 'https://lunde.example/samskab',
  source: 'widget',
  clientVersion: '0.1.0',
  createdAt: '2026-11-28T04:00:00.000Z',
  submittedAt: '2026-11-28T04:05:00.000Z',
};
const open = { allowAnonymous: true };

describe('the answer form, protocol 1.1', () => {
  it('sends consent.publish false and no updates when left as they are', () => {
    const verdict = checkAnswer(emptyFields({ body: 'Et behov' }), context, open);
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.errors));
    expect(verdict.submission.consent.publish).toBe(false);
    expect(JSON.stringify(verdict.submission)).not.toContain('updates');
  });

  it('sends the one e-mail field for news apart from the author, without contact consent', () => {
    const fields = emptyFields({
      body: 'Et behov',
      email: ' ny@lunde.example ',
      updatesToo: true,
      publish: true,
    });
    const verdict = checkAnswer(fields, context, open);
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.errors));
    expect(verdict.submission.updates).toEqual({ email: 'ny@lunde.example' });
    expect(verdict.submission.author.email).toBeUndefined();
    expect(verdict.submission.consent).toMatchObject({ contact: false, publish: true });
  });

  it('sends the address as contact and for news when both are chosen, and for news only if asked', () => {
    const both = checkAnswer(
      emptyFields({ body: 'Et behov', email: 'a@lunde.example', consent: true, updatesToo: true }),
      context,
      open,
    );
    if (!both.ok) throw new Error(JSON.stringify(both.errors));
    expect(both.submission.author.email).toBe('a@lunde.example');
    expect(both.submission.updates).toEqual({ email: 'a@lunde.example' });
    const contactOnly = checkAnswer(
      emptyFields({ body: 'Et behov', email: 'a@lunde.example', consent: true }),
      context,
      open,
    );
    if (!contactOnly.ok) throw new Error(JSON.stringify(contactOnly.errors));
    expect(contactOnly.submission.updates).toBeUndefined();
    // News ticked with no address: nothing to send news to, and nothing refused.
    const empty = checkAnswer(emptyFields({ body: 'Et behov', updatesToo: true }), context, open);
    expect(empty.ok && empty.submission.updates).toBeUndefined();
  });

  it('shows a wrong address at the one e-mail field', () => {
    const fields = emptyFields({ email: 'forkert', updatesToo: true });
    const verdict = checkAnswer(fields, context, open);
    expect(verdict.ok ? [] : verdict.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'body:required',
      'email:email',
    ]);
  });

  it('still sends the address for news a draft from before the one field holds', () => {
    const fields = emptyFields({ body: 'Et behov', updatesEmail: 'gammel@lunde.example' });
    const verdict = checkAnswer(fields, context, open);
    expect(verdict.ok && verdict.submission.updates).toEqual({ email: 'gammel@lunde.example' });
  });
});

describe('detectSamskab and a two-word key', () => {
  it('reads data-privacy-url as privacyUrl', () => {
    const mount = {
      getAttribute: (name: string) =>
        name === 'data-privacy-url' ? 'https://lunde.example/p' : null,
      textContent: null,
    };
    const doc = {
      title: '',
      URL: 'https://lunde.example/',
      querySelectorAll: (selector: string) => (selector === '[data-samskab]' ? [mount] : []),
    };
    expect(detectSamskab(['privacyUrl'], doc).mounts).toEqual([
      { privacyUrl: 'https://lunde.example/p' },
    ]);
  });
});
