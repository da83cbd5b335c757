// The admins' settings page: one section per concern, each in its own module with its forms.
import { pageBasics } from '../../desk/context';
import type { FieldError } from '../../desk/forms';
import { sendPage } from '../../desk/respond';
import { html } from '../../html';
import type { Handler, RequestContext } from '../route';
import { apiKeysSection } from './api-keys-section';
import { type OwnContactsState, ownContactsSection } from './own-contacts-section';
import { type RetentionState, retentionSection } from './privacy/retention-section';

export interface SettingsState {
  readonly apiKeys?: { secret?: string; name?: string; errors?: FieldError[] };
  readonly retention?: RetentionState;
  readonly ownContacts?: OwnContactsState;
}

export async function settingsPage(
  context: RequestContext,
  state: SettingsState = {},
  status = 200,
) {
  const sections = [
    await apiKeysSection(context, state.apiKeys),
    await retentionSection(context, state.retention),
    await ownContactsSection(context, state.ownContacts),
  ];
  sendPage(
    context.res,
    {
      ...pageBasics(context, '/desk/settings'),
      title: 'Indstillinger',
      body: html`<h1>Indstillinger</h1>${sections}`,
    },
    status,
  );
}

export const getSettings: Handler = (context) => settingsPage(context);
