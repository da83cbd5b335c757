// Saving the municipality's own phone numbers and addresses (the settings page's section is in
// own-contacts-section.ts). In the audit log with how many there are.
import { formOf, nowOf, sessionOf } from '../../desk/context';
import { withNotice } from '../../desk/notices';
import { readOwnContactLines, saveOwnContacts } from '../../desk/own-contacts';
import { seeOther } from '../../desk/respond';
import type { Handler } from '../route';
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
  seeOther(context.res, withNotice('/desk/settings', 'own-contacts-saved'));
};
