// The section of a draft challenge's page that says it is a draft, with "Offentliggør nu" and a
// time to publish it by itself (the forms are in publishing.ts).

import { inCopenhagen, localInputValue } from '../../../../utils/copenhagen-time';
import { type DeskChallenge, isPublished } from '../../../data/challenge-store';
import { deskPaths } from '../../../ui/desk-paths';
import { type FieldErrors, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { nowOf, sessionOf } from '../../../web/context';
import type { RequestContext } from '../../../web/route';

/** The section, for a draft only; a published challenge has nothing here. */
export function publishingSection(
  context: RequestContext,
  item: DeskChallenge,
  state: { readonly publishAt?: string; readonly errors?: FieldErrors },
): SafeHtml {
  const now = nowOf(context);
  if (isPublished(item, now)) return html``;
  const { id } = item.challenge;
  const csrf = sessionOf(context).csrf;
  const scheduled = item.publishAt;
  return html`<section aria-labelledby="publish-heading" class="challenge-publishing"><h2 id="publish-heading">Kladde: ikke offentliggjort</h2>
<p>Udfordringen er en kladde. Den vises kun her på arbejdsbordet og i <a href="${deskPaths.previewChallenge(id)}">forhåndsvisningen</a>. Den er ikke i feedet, og borgerne kan ikke se den eller svare på den.</p>
${scheduled && html`<p><strong>Udfordringen offentliggøres ${inCopenhagen(scheduled)}.</strong></p>`}
<form method="post" action="${deskPaths.publishChallenge(id)}">${csrfField(csrf)}<button type="submit" class="button button-primary">Offentliggør nu</button></form>
<form method="post" action="${deskPaths.scheduleChallenge(id)}" novalidate>${csrfField(csrf)}
${textField({
  name: 'publishAt',
  label: 'Offentliggør af sig selv på et bestemt tidspunkt',
  type: 'datetime-local',
  hint: 'Dansk tid. Lad feltet være tomt for at fjerne tidspunktet.',
  value: state.publishAt ?? (scheduled ? localInputValue(scheduled) : ''),
  errors: state.errors,
})}
<button type="submit" class="button button-secondary">${scheduled ? 'Gem tidspunktet' : 'Vælg tidspunktet'}</button></form>
</section>`;
}
