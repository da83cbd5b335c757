// Setting the retention period, and applying it at once ("Kør nu"). Both are in the audit log.

import {
  applyRetention,
  RETENTION_MAX_MONTHS,
  RETENTION_MIN_MONTHS,
  setRetentionMonths,
} from '../../../data/retention';
import { deskPaths } from '../../../ui/desk-paths';
import type { FieldError } from '../../../ui/forms';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, sessionOf } from '../../../web/context';
import { seeOther } from '../../../web/respond';
import type { Handler } from '../../../web/route';
import { settingsPage } from '../settings';

/** The months typed, undefined for none (an empty field), or an error. */
export function readMonths(value: string): { months: number | undefined } | FieldError {
  const text = value.trim();
  if (text === '') return { months: undefined };
  const months = Number(text);
  if (!/^\d+$/.test(text) || months < RETENTION_MIN_MONTHS || months > RETENTION_MAX_MONTHS) {
    return {
      field: 'months',
      message: `Skriv et helt antal måneder fra ${RETENTION_MIN_MONTHS} til ${RETENTION_MAX_MONTHS}, eller lad feltet være tomt.`,
    };
  }
  return { months };
}

export const postRetention: Handler = async (context) => {
  const value = formOf(context).get('months') ?? '';
  const read = readMonths(value);
  if ('field' in read) return settingsPage(context, { retention: { value, errors: [read] } }, 400);
  await setRetentionMonths(
    context.services.db,
    read.months,
    sessionOf(context).staff.id,
    nowOf(context),
  );
  seeOther(context.res, withNotice(deskPaths.settings, 'retention-saved'));
};

export const postRetentionRun: Handler = async (context) => {
  const removed = await applyRetention(
    context.services.db,
    sessionOf(context).staff.id,
    nowOf(context),
  );
  if (removed === undefined) {
    const errors = [{ field: 'months', message: 'Sæt en opbevaringsperiode, før du kører den.' }];
    return settingsPage(context, { retention: { errors } }, 400);
  }
  seeOther(context.res, withNotice(deskPaths.settings, 'retention-applied'));
};
