// Personal data (issue 12, point 7) and the exports (point 8): finding, exporting and erasing a
// person's answers, the retention period, the audit log, and the answer list's exports.
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import { getAudit } from './audit';
import { EXPORT_ROUTES } from './exports';
import { getPeople, postPeopleSearch } from './people';
import { postPeopleErase, postPeopleExport } from './people-actions';
import { postRetention, postRetentionRun } from './retention';

export const PRIVACY_ROUTES: readonly Route[] = [
  deskRoute('GET', '/desk/people', 'staff', getPeople),
  deskRoute('POST', '/desk/people', 'staff', postPeopleSearch),
  deskRoute('POST', '/desk/people/export', 'staff', postPeopleExport),
  deskRoute('POST', '/desk/people/erase', 'staff', postPeopleErase),
  deskRoute('GET', '/desk/audit', 'admin', getAudit),
  deskRoute('POST', '/desk/retention', 'admin', postRetention),
  deskRoute('POST', '/desk/retention/run', 'admin', postRetentionRun),
  ...EXPORT_ROUTES,
];
