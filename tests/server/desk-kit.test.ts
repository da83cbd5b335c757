// The desk's UI kit (server/ui/): the one alert, whose markup every notice on the desk shares.
import { describe, expect, it } from 'vitest';
import { alert } from '../../server/ui/alert';
import { checkboxGroup, errorSummary, radios } from '../../server/ui/forms';
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

describe('the choice groups of the forms module', () => {
  const choices = [
    ['need', 'Behov'],
    ['offer', 'Tilbud'],
  ] as const;

  it('checks the chosen radio, and gives the first the id the error summary links to', () => {
    const shown = radios({ name: 'kind', legend: 'Type', checked: 'offer', choices }).value;
    expect(shown).toContain('<legend class="form-label">Type</legend>');
    expect(shown).toContain(
      '<input type="radio" class="form-radio" id="f-kind" name="kind" value="need">',
    );
    expect(shown).toContain(
      '<input type="radio" class="form-radio" id="f-kind-offer" name="kind" value="offer" checked>',
    );
  });

  it('checks every chosen checkbox, and ties the error and hint to the fieldset', () => {
    const shown = checkboxGroup({
      name: 'seeking',
      legend: 'Slags svar',
      hint: 'Mindst én.',
      checked: ['need', 'offer'],
      choices,
      errors: [{ field: 'seeking', message: 'Vælg mindst én.' }],
      optional: true,
    }).value;
    expect(shown).toContain('<div class="form-group form-error">');
    expect(shown).toContain('<fieldset aria-describedby="f-seeking-hint f-seeking-error">');
    expect(shown).toContain('(valgfri)');
    expect(shown.match(/ checked>/g)).toHaveLength(2);
    expect(shown).toContain('id="f-seeking"');
  });
});
