// The settings page's list of the municipality's own phone numbers and addresses, which public
// texts may hold (server/data/own-contacts.ts), with its form (saved by own-contacts.ts). Admins
// only.

import { OWN_CONTACTS_MAX, readOwnContacts } from '../../data/own-contacts';
import { deskPaths } from '../../ui/desk-paths';
import { errorSummary, type FieldError, textArea } from '../../ui/forms';
import { html, type SafeHtml } from '../../ui/html';
import { csrfField } from '../../ui/layout';
import { sessionOf } from '../../web/context';
import type { RequestContext } from '../../web/route';

export interface OwnContactsState {
  readonly value?: string;
  readonly errors?: FieldError[];
}

export async function ownContactsSection(
  context: RequestContext,
  state: OwnContactsState = {},
): Promise<SafeHtml> {
  const entries = await readOwnContacts(context.services.db);
  return html`<section aria-labelledby="own-contacts"><h2 id="own-contacts">Kommunens egne numre og adresser</h2>
<p>Beskeder til borgerne, offentliggjorte svar og beskedskabeloner bliver afvist, hvis de ser ud til at indeholde et telefonnummer eller en e-mailadresse: det er næsten altid en borgers. Kommunens egne numre og adresser, fx omstillingen eller en fælles postkasse, må gerne stå i dem. Skriv dem her.</p>
${errorSummary(state.errors)}
<form method="post" action="${deskPaths.ownContacts}" novalidate>${csrfField(sessionOf(context).csrf)}
${textArea({
  name: 'contacts',
  label: 'Numre og adresser, som offentlige tekster må indeholde',
  hint: `Ét telefonnummer eller én e-mailadresse på hver linje, fx 72 10 20 30 eller borgerservice@kommune.dk. Højst ${OWN_CONTACTS_MAX}. Skriv aldrig en medarbejders eller borgers egne.`,
  value: state.value ?? entries.join('\n'),
  rows: 5,
  errors: state.errors,
})}
<button type="submit" class="button button-primary">Gem numre og adresser</button>
</form></section>`;
}
