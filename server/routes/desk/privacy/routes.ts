// Personal data (issue 12, point 7) and the exports (point 8): finding, exporting and erasing a
// person's answers, the retention period, the audit log, and the answer list's exports.
import { deskPaths } from '../../../ui/desk-paths';
import type { Route } from '../../../web/route';
import { deskRoute } from '../route-helpers';
import { getAudit } from './audit';
import { EXPORT_ROUTES } from './exports';
import { getPeople, postPeopleSearch } from './people';
import { postPeopleDocument, postPeopleErase, postPeopleExport } from './people-actions';
import { postPeopleIdentity } from './people-identity';
import { postRetention, postRetentionRun } from './retention';

export const PRIVACY_ROUTES: readonly Route[] = [
  deskRoute('GET', deskPaths.people, 'staff', getPeople, 'Personoplysninger'),
  deskRoute('POST', deskPaths.people, 'staff', postPeopleSearch),
  deskRoute('POST', deskPaths.peopleIdentity, 'staff', postPeopleIdentity),
  deskRoute('POST', deskPaths.peopleExport, 'staff', postPeopleExport),
  deskRoute('POST', deskPaths.peopleDocument, 'staff', postPeopleDocument),
  deskRoute('POST', deskPaths.peopleErase, 'staff', postPeopleErase),
  deskRoute('GET', deskPaths.audit, 'admin', getAudit, 'Log'),
  deskRoute('POST', deskPaths.retention, 'admin', postRetention),
  deskRoute('POST', deskPaths.retentionRun, 'admin', postRetentionRun),
  ...EXPORT_ROUTES,
];
