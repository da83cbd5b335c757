// The desk's UI kit (server/ui/): the one alert, whose markup every notice on the desk shares.
import { describe, expect, it } from 'vitest';
import { alert } from '../../server/ui/alert';
import { errorSummary } from '../../server/ui/forms';
import { html } from '../../server/ui/html';

describe('the desk’s alert', () => {
  it('writes DKFDS alert markup, with its role, heading and paragraphs', () => {
    expect(
      alert('warning', { role: 'status', heading: 'Tjek', text: ['Én', html`<code>to</code>`] })
        .value,
    ).toBe(
      '<div class="alert alert-warning" role="status"><div class="alert-body"><p class="alert-heading">Tjek</p><p class="alert-text">Én</p><p class="alert-text"><code>to</code></p></div></div>',
    );
    expect(alert('info', { text: 'Kun tekst' }).value).toBe(
      '<div class="alert alert-info"><div class="alert-body"><p class="alert-text">Kun tekst</p></div></div>',
    );
  });

  it('escapes what it is given as text', () => {
    const shown = alert('error', { heading: '<b>', text: '<script>x</script>' }).value;
    expect(shown).not.toContain('<script>');
    expect(shown).toContain('&lt;script&gt;');
  });

  it('makes the error summary a focusable alert labelled by its heading', () => {
    const summary = errorSummary([{ field: 'title', message: 'Skal udfyldes.' }]).value;
    expect(summary).toContain(
      '<div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading" tabindex="-1" id="error-summary">',
    );
    expect(summary).toContain(
      '<p class="alert-heading" id="error-summary-heading">Der er et problem i formularen</p>',
    );
    expect(summary).toContain('<a href="#f-title" class="function-link">Skal udfyldes.</a>');
  });
});
