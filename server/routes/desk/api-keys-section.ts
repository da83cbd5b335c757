// The settings page's API key section: the keys, and a new one's secret shown once, on the page
// that made it; afterwards only its name and use are listed.

import { inCopenhagen } from '../../../utils/copenhagen-time';
import { listApiKeys } from '../../data/api-keys';
import { alert } from '../../ui/alert';
import { deskPaths } from '../../ui/desk-paths';
import { errorSummary, type FieldError, textField } from '../../ui/forms';
import { html, type SafeHtml } from '../../ui/html';
import { csrfField } from '../../ui/layout';
import { sessionOf } from '../../web/context';
import type { RequestContext } from '../../web/route';

export async function apiKeysSection(
  context: RequestContext,
  extra: { secret?: string; name?: string; errors?: FieldError[] } = {},
): Promise<SafeHtml> {
  const session = sessionOf(context);
  const keys = await listApiKeys(context.services.db);
  return html`<section aria-labelledby="api-keys"><h2 id="api-keys">API-nøgler</h2>
<p>Systemer, der henter eksporterne (fx kommunens sagssystem), sender en nøgle i headeren <code>Authorization: Bearer …</code>, aldrig i en adresse.</p>
${
  extra.secret &&
  alert('success', {
    role: 'status',
    heading: `Nøglen »${extra.name}« er oprettet`,
    text: [
      'Kopiér den nu: den vises kun denne ene gang.',
      html`<code class="api-key">${extra.secret}</code>`,
    ],
  })
}
${
  keys.length > 0
    ? html`<table class="table table--compact"><caption class="sr-only">API-nøgler</caption>
<thead><tr><th scope="col">Navn</th><th scope="col">Oprettet</th><th scope="col">Senest brugt</th><th scope="col">Status</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
<tbody>${keys.map(
        (
          key,
        ) => html`<tr><td>${key.name}</td><td>${inCopenhagen(key.createdAt)}</td><td>${key.lastUsedAt ? inCopenhagen(key.lastUsedAt) : 'Aldrig'}</td>
<td>${key.revokedAt ? `Tilbagekaldt ${inCopenhagen(key.revokedAt)}` : 'Aktiv'}</td>
<td>${!key.revokedAt && html`<form method="post" action="${deskPaths.revokeApiKey(key.id)}">${csrfField(session.csrf)}<button type="submit" class="button button-secondary">Tilbagekald<span class="sr-only"> ${key.name}</span></button></form>`}</td></tr>`,
      )}</tbody></table>`
    : html`<p>Der er ingen API-nøgler.</p>`
}
${errorSummary(extra.errors)}
<form method="post" action="${deskPaths.apiKeys}" novalidate>${csrfField(session.csrf)}
${textField({ name: 'name', label: 'Navn på en ny nøgle', hint: 'Hvilket system bruger den? Fx »Sagssystem«.', value: extra.secret ? undefined : extra.name, required: true, errors: extra.errors })}
<button type="submit" class="button button-primary">Opret nøgle</button></form></section>`;
}
