// The settings page's retention section: how many months after a challenge closed its answers'
// contact details are kept, when that was last applied, and a button to apply it now.

import { inCopenhagen } from '../../../../utils/copenhagen-time';
import {
  lastRetentionRun,
  RETENTION_MAX_MONTHS,
  RETENTION_MIN_MONTHS,
  retentionMonths,
} from '../../../data/retention';
import { DAYS_KEPT_AFTER_CLOSE } from '../../../data/update-addresses';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldError, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { sessionOf } from '../../../web/context';
import type { RequestContext } from '../../../web/route';

export interface RetentionState {
  readonly value?: string;
  readonly errors?: FieldError[];
}

export async function retentionSection(
  context: RequestContext,
  state: RetentionState = {},
): Promise<SafeHtml> {
  const session = sessionOf(context);
  const { db } = context.services;
  const months = await retentionMonths(db);
  const last = await lastRetentionRun(db);
  return html`<section aria-labelledby="retention"><h2 id="retention">Opbevaring af kontaktoplysninger</h2>
<p>Når det valgte antal måneder er gået, efter at en udfordring blev lukket, fjernes navn, e-mail og telefonnummer fra dens svar. Svarenes tekst og en eventuel organisation bliver, så man stadig kan se, hvad der blev foreslået og tilbudt. Svar på udfordringer, der ikke er lukket, røres ikke.</p>
<p>Det sker, når Samskab starter, én gang i døgnet, og når du trykker »Kør nu«.</p>
<p>E-mailadresser, som borgere har givet kun for at få nyt om deres svar, slettes altid ${DAYS_KEPT_AFTER_CLOSE} dage efter, at udfordringen er lukket, uanset opbevaringsperioden. De gemmes adskilt fra svarene og vises ikke på arbejdsbordet.</p>
<p><strong>${
    months === undefined
      ? 'Der er ingen opbevaringsperiode: kontaktoplysninger gemmes, indtil nogen sletter dem.'
      : `Kontaktoplysninger fjernes ${months} ${months === 1 ? 'måned' : 'måneder'} efter, at en udfordring er lukket.`
  }</strong>${last && ` Sidst kørt ${inCopenhagen(last.at)}: ${last.removed === 1 ? '1 svar' : `${last.removed} svar`} fik fjernet kontaktoplysninger.`}</p>
${errorSummary(state.errors)}
<form method="post" action="${deskPaths.retention}" novalidate>${csrfField(session.csrf)}
${textField({
  name: 'months',
  label: 'Måneder efter lukning',
  hint: `Et helt tal fra ${RETENTION_MIN_MONTHS} til ${RETENTION_MAX_MONTHS}. Lad feltet være tomt for ingen opbevaringsperiode.`,
  value: state.value ?? (months === undefined ? '' : String(months)),
  maxLength: 3,
  autocomplete: 'off',
  errors: state.errors,
})}
<button type="submit" class="button button-primary">Gem opbevaringsperiode</button>
</form>
${
  months !== undefined &&
  html`<form method="post" action="${deskPaths.retentionRun}" class="retention-run">${csrfField(session.csrf)}
<button type="submit" class="button button-secondary">Kør nu</button></form>`
}
</section>`;
}
