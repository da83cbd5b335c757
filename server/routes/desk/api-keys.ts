// Making and revoking API keys (the settings page shows them). Revoking is immediate.

import { createApiKey, revokeApiKey } from '../../data/api-keys';
import { recordAudit } from '../../data/audit';
import { deskPaths } from '../../ui/desk-paths';
import type { FieldError } from '../../ui/forms';
import { withNotice } from '../../ui/notices';
import { formOf, nowOf, sessionOf, uuidParam } from '../../web/context';
import { seeOther } from '../../web/respond';
import type { Handler } from '../../web/route';
import { settingsPage } from './settings';

export const postApiKey: Handler = async (context) => {
  const name = (formOf(context).get('name') ?? '').trim();
  const errors: FieldError[] = [];
  if (!name) errors.push({ field: 'name', message: 'Giv nøglen et navn.' });
  else if (name.length > 100)
    errors.push({ field: 'name', message: 'Navnet må højst være 100 tegn.' });
  if (errors.length) return settingsPage(context, { apiKeys: { name, errors } }, 400);
  const now = nowOf(context);
  const staffId = sessionOf(context).staff.id;
  const { key, secret } = await createApiKey(context.services.db, name, staffId, now);
  await recordAudit(
    context.services.db,
    { staffId, action: 'api-key-created', subject: key.id },
    now,
  );
  await settingsPage(context, { apiKeys: { name, secret } });
};

export const postRevokeApiKey: Handler = async (context) => {
  const id = uuidParam(context, 'id');
  const now = nowOf(context);
  if (id) {
    await revokeApiKey(context.services.db, id, now);
    await recordAudit(
      context.services.db,
      { staffId: sessionOf(context).staff.id, action: 'api-key-revoked', subject: id },
      now,
    );
  }
  seeOther(context.res, withNotice(deskPaths.settings, 'key-revoked'));
};
