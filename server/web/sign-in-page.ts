// The desk's sign-in page (SAMSKAB_AUTH=password). Also what a form posted after the session ended
// gets (access.ts): the same page, saying why, with what was typed in hidden fields that signing
// in carries on to the form's page (kept-forms.ts).

import { alert } from '../ui/alert';
import { deskPaths } from '../ui/desk-paths';
import { errorSummary, textField } from '../ui/forms';
import { html } from '../ui/html';
import { noticeFrom } from '../ui/notices';
import { sendPage } from './respond';
import type { RequestContext } from './route';

/** What a signed-out form carries through sign-in: its page, its address and its fields. */
export interface CarriedForm {
  readonly action: string;
  /** URL-encoded fields (kept-forms.ts `encodeKept`). */
  readonly fields: string;
}

export interface SignInOptions {
  readonly email?: string;
  readonly next: string;
  readonly error?: string;
  readonly status?: number;
  /** A form posted after the session ended: carried, or 'too-large' to say it could not be. */
  readonly carried?: CarriedForm | 'too-large';
}

function signedOutNotice(carried: SignInOptions['carried']) {
  if (!carried) return html``;
  const text =
    carried === 'too-large'
      ? 'Du blev logget ud, før formularen blev sendt, så den er ikke gemt. Den var for stor til at blive husket, mens du logger ind: gå tilbage i browseren og kopiér teksten, før du logger ind.'
      : 'Du blev logget ud, før formularen blev sendt, så den er ikke gemt. Log ind igen: så kommer du tilbage til siden, og det, du skrev, står i formularen igen. Det bliver først gemt, når du sender formularen igen.';
  return alert('warning', { role: 'alert', heading: 'Formularen er ikke gemt', text });
}

export function signInPage(context: RequestContext, options: SignInOptions): void {
  const errors = options.error ? [{ field: 'email', message: options.error }] : undefined;
  const { carried } = options;
  sendPage(
    context.res,
    {
      title: 'Log ind',
      notice: noticeFrom(context.url),
      body: html`<div class="row"><div class="col-12 col-md-8 col-lg-6">
<h1>Log ind på arbejdsbordet</h1>
${signedOutNotice(carried)}
${errorSummary(errors)}
<form method="post" action="${deskPaths.signIn}" novalidate>
<input type="hidden" name="next" value="${options.next}">
${
  carried &&
  carried !== 'too-large' &&
  html`<input type="hidden" name="_kept_action" value="${carried.action}"><input type="hidden" name="_kept" value="${carried.fields}">`
}
${textField({ name: 'email', label: 'E-mail', type: 'email', value: options.email, autocomplete: 'username', required: true, errors })}
${textField({ name: 'password', label: 'Adgangskode', type: 'password', autocomplete: 'current-password', required: true })}
<button type="submit" class="button button-primary">Log ind</button>
</form>
<p>Har du glemt din adgangskode? Bed en administrator om et nyt engangslink.</p>
</div></div>`,
    },
    options.status ?? 200,
  );
}
