// The admins' settings page: one section per concern, each in its own module with its forms.

import { deskPaths } from '../../ui/desk-paths';
import type { FieldError } from '../../ui/forms';
import { html } from '../../ui/html';
import { pageBasics } from '../../web/context';
import { sendPage } from '../../web/respond';
import type { Handler, RequestContext } from '../../web/route';
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
      ...pageBasics(context, deskPaths.settings),
      title: 'Indstillinger',
      body: html`<h1>Indstillinger</h1>${sections}`,
    },
    status,
  );
}

export const getSettings: Handler = (context) => settingsPage(context);
