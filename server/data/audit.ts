// The audit log: who viewed, exported or erased personal data, who changed staff, keys,
// retention or the sites allowed to send answers (the site's origin is the subject), and the update mails sent to citizens (by the answer's reference, never the address). Admins read it (/desk/audit). It records what was done to what (an answer's reference,
// a staff member's id, a search's kind), never the personal data itself: the log must not become
// a second copy of what erasure removes.
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';

export const AUDIT_ACTIONS = {
  'sign-in': 'Loggede ind',
  'sign-in-failed': 'Forkert adgangskode',
  'sign-in-locked': 'Kontoen blev låst efter for mange forkerte adgangskoder',
  'sign-out': 'Loggede ud',
  'password-set': 'Satte adgangskode',
  'staff-created': 'Oprettede medarbejder',
  'staff-changed': 'Ændrede medarbejder',
  'setup-link-created': 'Lavede et engangslink',
  'api-key-created': 'Oprettede API-nøgle',
  'api-key-revoked': 'Tilbagekaldte API-nøgle',
  'answer-viewed': 'Så et svar med personoplysninger',
  'answers-exported': 'Eksporterede svar',
  'person-searched': 'Søgte efter en person',
  'identity-confirmed': 'Bekræftede identiteten på en person, der henviste til et svar',
  'person-exported': 'Eksporterede en persons svar',
  'person-erased': 'Slettede en persons oplysninger',
  'retention-changed': 'Ændrede opbevaringsperiode',
  'own-contacts-changed': 'Ændrede listen over kommunens egne numre og adresser',
  'retention-applied': 'Fjernede kontaktoplysninger efter opbevaringsperioden',
  'update-mail-sent': 'Sendte en e-mail med nyt om et svar',
  'update-mail-failed': 'Kunne ikke sende en e-mail med nyt om et svar',
  'outcome-mail-sent': 'Sendte en e-mail med udfaldet af en udfordring om et svar',
  'outcome-mail-failed': 'Kunne ikke sende en e-mail med udfaldet af en udfordring om et svar',
  'answer-withdrawn': 'Borgeren trak sit svar tilbage (slettet fra statussiden)',
  'unconfirmed-addresses-deleted':
    'Slettede e-mailadresser til nyt om svar, der ikke blev bekræftet',
  'update-addresses-deleted': 'Slettede e-mailadresser til nyt om svar efter deres tid',
  'backup-restored': 'Slettede svar igen efter indlæsning af en sikkerhedskopi',
  'origin-allowed': 'Tillod et site at sende svar',
  'origin-removed': 'Fjernede et site, der måtte sende svar',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
  readonly at: Date;
  readonly staffId: string | null;
  readonly staffName: string | null;
  readonly action: AuditAction;
  readonly subject: string | null;
  readonly detail: string | null;
}

export async function recordAudit(
  db: Queryable,
  entry: {
    staffId: string | null;
    action: AuditAction;
    subject?: string | null;
    detail?: string | null;
  },
  now: Date,
): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (id, at, staff_id, action, subject, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [randomUUID(), now, entry.staffId, entry.action, entry.subject ?? null, entry.detail ?? null],
  );
}

/** Newest first, a page at a time. */
export async function listAudit(
  db: Queryable,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const rows = await db.query<{
    at: Date;
    staff_id: string | null;
    name: string | null;
    action: AuditAction;
    subject: string | null;
    detail: string | null;
  }>(
    `SELECT a.at, a.staff_id, s.name, a.action, a.subject, a.detail
     FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
     ORDER BY a.at DESC, a.id LIMIT $1 OFFSET $2`,
    [page.limit, page.offset],
  );
  const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  return {
    total: count?.n ?? 0,
    entries: rows.map((row) => ({
      at: new Date(row.at),
      staffId: row.staff_id,
      staffName: row.name,
      action: row.action,
      subject: row.subject,
      detail: row.detail,
    })),
  };
}
