// Issue 22's additions to the answers, applied as migration 11 in server/data/migrations.ts: each
// answer's language in a column of its own, so the list can filter by it with an index (the
// envelope is text, and reading 100,000 of them to filter would not do), and the machine
// translation staff checked beside a reply's draft.
export const LANGUAGE_STATEMENTS: readonly string[] = [
  // The primary subtag of the envelope's `locale` (`uk-UA` is `uk`): what the person chose in the
  // widget, never detected from the text. New answers get it as they are stored (answer-columns.ts).
  'ALTER TABLE submissions ADD COLUMN language text',
  // Existing answers, from their envelopes. A pattern rather than a JSON cast: an envelope may hold
  // "\u0000", which jsonb refuses, or be no JSON at all (edited by hand); the receiver wrote each
  // with JSON.stringify, where `"locale":"` can only be the key (a quote inside text is escaped).
  `UPDATE submissions
    SET language = lower(substring(envelope from '"locale":"([A-Za-z]{2,3})(?:-[A-Za-z0-9-]*)?"'))`,
  'CREATE INDEX submissions_language_idx ON submissions (language, received_at DESC)',
  // The translation of `reply_draft` into the answer's language, as staff checked it; published
  // beneath the Danish reply (server/data/reply-translation.ts). Cleared with the draft by erasure.
  'ALTER TABLE submissions ADD COLUMN reply_draft_translation text',
];
