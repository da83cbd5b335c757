// The municipality's own phone numbers and addresses (a switchboard, a shared mailbox), kept by
// admins, that public texts may hold: the personal-data check (personal-data.ts) lets them through
// in replies, published answers and reply templates. Kept in `desk_settings`, one entry a line,
// as the admin wrote them; read where a check runs, so a change counts at once on every receiver.

import { recordAudit } from './audit';
import type { Queryable } from './db';
import {
  type ContactAllowList,
  contactAllowList,
  findContactDetails,
  looksPersonal,
  type PersonalDataKind,
} from './personal-data';

const KEY = 'own-contacts';
/** How many entries, and how long each: a municipality has a handful of numbers and mailboxes. */
export const OWN_CONTACTS_MAX = 50;
export const OWN_CONTACT_LENGTH_MAX = 254;

export async function readOwnContacts(db: Queryable): Promise<string[]> {
  const [row] = await db.query<{ value: string }>(
    'SELECT value FROM desk_settings WHERE key = $1',
    [KEY],
  );
  return row ? row.value.split('\n').filter((line) => line.trim() !== '') : [];
}

/** The list as the check compares it (normalised: digits of a number, an address in lower case). */
export const ownContactAllowList = async (db: Queryable): Promise<ContactAllowList> =>
  contactAllowList(await readOwnContacts(db));

/** The personal-data check with the municipality's own contact details allowed. */
export async function looksPersonalHere(
  db: Queryable,
  text: string,
): Promise<PersonalDataKind | undefined> {
  return looksPersonal(text, await ownContactAllowList(db));
}

/**
 * The lines typed, each a phone number or an e-mail address, or the problem with the first line
 * that is not (with its number, from 1).
 */
export function readOwnContactLines(
  typed: string,
): { ok: true; entries: string[] } | { ok: false; message: string } {
  const entries = typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (entries.length > OWN_CONTACTS_MAX)
    return { ok: false, message: `Skriv højst ${OWN_CONTACTS_MAX} numre og adresser.` };
  for (const [index, entry] of entries.entries()) {
    if (entry.length > OWN_CONTACT_LENGTH_MAX)
      return {
        ok: false,
        message: `Linje ${index + 1} er for lang: højst ${OWN_CONTACT_LENGTH_MAX} tegn.`,
      };
    const found = findContactDetails(entry);
    if (found.length !== 1 || found[0]!.text.trim() !== entry)
      return {
        ok: false,
        message: `Linje ${index + 1} er ikke ét telefonnummer eller én e-mailadresse: skriv én på hver linje.`,
      };
  }
  return { ok: true, entries: [...new Set(entries)] };
}

/** Saves the list (empty: none), recorded in the audit log with how many entries it has. */
export async function saveOwnContacts(
  db: Queryable,
  entries: readonly string[],
  staffId: string,
  now: Date,
): Promise<void> {
  if (entries.length === 0) await db.query('DELETE FROM desk_settings WHERE key = $1', [KEY]);
  else {
    await db.query(
      `INSERT INTO desk_settings (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [KEY, entries.join('\n')],
    );
  }
  await recordAudit(
    db,
    {
      staffId,
      action: 'own-contacts-changed',
      detail: `${entries.length} ${entries.length === 1 ? 'nummer eller adresse' : 'numre og adresser'}`,
    },
    now,
  );
}
