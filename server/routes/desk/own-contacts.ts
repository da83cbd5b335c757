// Saving the municipality's own phone numbers and addresses (the settings page's section is in
// own-contacts-section.ts). In the audit log with how many there are.

import { readOwnContactLines, saveOwnContacts } from '../../data/own-contacts';
import { deskPaths } from '../../ui/desk-paths';
import { withNotice } from '../../ui/notices';
import { formOf, nowOf, sessionOf } from '../../web/context';
import { seeOther } from '../../web/respond';
import type { Handler } from '../../web/route';
import { settingsPage } from './settings';

export const postOwnContacts: Handler = async (context) => {
  const value = formOf(context).get('contacts') ?? '';
  const read = readOwnContactLines(value);
  if (!read.ok) {
    const errors = [{ field: 'contacts', message: read.message }];
    return settingsPage(context, { ownContacts: { value, errors } }, 400);
  }
  await saveOwnContacts(
    context.services.db,
    read.entries,
    sessionOf(context).staff.id,
    nowOf(context),
  );
  seeOther(context.res, withNotice(deskPaths.settings, 'own-contacts-saved'));
};
