// What a page says after a form redirected to it (`?besked=<code>`): a fixed list of texts, so a
// link can never make the desk show words of someone else's choosing.
export const NOTICES = {
  'signed-out': 'Du er logget ud.',
  // What was typed before the session ended follows on the page (layout.ts), when it is there.
  'form-kept': 'Du er logget ind igen.',
  'password-set': 'Din adgangskode er gemt, og du er logget ind.',
  saved: 'Ændringerne er gemt.',
  'staff-changed': 'Medarbejderen er opdateret.',
  'key-revoked': 'API-nøglen er tilbagekaldt og virker ikke længere.',
  'challenge-created':
    'Udfordringen er gemt som kladde. Den vises ikke i feedet, før du offentliggør den.',
  'challenge-published': 'Udfordringen er offentliggjort og vises nu i feedet.',
  'challenge-scheduled':
    'Tidspunktet er gemt. Udfordringen offentliggøres af sig selv til den tid.',
  'challenge-unscheduled': 'Tidspunktet er fjernet. Udfordringen er stadig en kladde.',
  'draft-saved': 'Kladden er gemt. Den vises ikke i feedet, før du offentliggør den.',
  'challenge-saved': 'Udfordringen er gemt. Feedet viser ændringen med det samme.',
  'challenge-closed': 'Udfordringen er lukket.',
  'challenge-reopened': 'Udfordringen er åbnet igen.',
  'challenge-archived': 'Udfordringen er arkiveret og vises ikke længere i feedet.',
  'challenge-restored': 'Udfordringen er hentet tilbage fra arkivet.',
  'update-posted': 'Opdateringen er offentliggjort.',
  'update-deleted': 'Opdateringen er fjernet.',
  'status-changed': 'Status er ændret.',
  'status-published': 'Status er ændret og vist for borgeren.',
  'note-added': 'Noten er gemt.',
  'assignee-changed': 'Ansvarlig er ændret.',
  'reply-saved': 'Beskeden til borgeren er gemt som kladde.',
  'reply-published': 'Beskeden til borgeren er offentliggjort.',
  'reply-withdrawn': 'Beskeden til borgeren er trukket tilbage. Kladden er gemt.',
  'public-version-saved': 'Den offentlige udgave er gemt.',
  'answer-published': 'Svaret er offentliggjort på udfordringen.',
  'answer-unpublished': 'Svaret er ikke længere offentligt.',
  'answer-registered': 'Svaret er registreret.',
  'answer-registered-no-mail':
    'Svaret er registreret. Adressen til nyt om svaret er ikke gemt, for modtageren sender ikke e-mails.',
  'duplicate-marked': 'Svaret er markeret som dublet.',
  'duplicate-cleared': 'Svaret er ikke længere markeret som dublet.',
  'link-added': 'Tilbuddet er koblet.',
  'link-removed': 'Koblingen er fjernet.',
  'link-exists': 'Svarene var allerede koblet til hinanden.',
  'link-missing': 'Svarene var ikke koblet til hinanden.',
  'join-undone': 'Tilbuddet tælles ikke længere som koblet. Svaret er ikke slettet.',
  'template-saved': 'Skabelonen er gemt.',
  'template-deleted': 'Skabelonen er slettet.',
  'person-erased': 'Personens oplysninger er slettet.',
  'retention-saved': 'Opbevaringsperioden er gemt.',
  'retention-applied': 'Kontaktoplysninger efter opbevaringsperioden er fjernet.',
  'own-contacts-saved': 'Kommunens egne numre og adresser er gemt.',
  'origin-allowed':
    'Sitet er tilladt. Alle modtagere tager imod svar fra det inden for 10 sekunder, også svar, der venter hos borgerne.',
  'origin-already': 'Sitet var allerede tilladt.',
  'origin-removed':
    'Sitet må ikke længere sende svar. Det gælder på alle modtagere inden for 10 sekunder.',
  'challenge-followed':
    'Du følger udfordringen. Har du valgt den daglige e-mail under Mine e-mails, kommer dens nye svar med i den.',
  'challenge-unfollowed': 'Du følger ikke længere udfordringen.',
  'mail-choices-saved': 'Dine valg af e-mails er gemt.',
} as const;
export type NoticeCode = keyof typeof NOTICES;

export const noticeFrom = (url: URL): string | undefined => {
  const code = url.searchParams.get('besked');
  if (code && Object.hasOwn(COUNTED_NOTICES, code)) {
    const counts = readCounts(url.searchParams.get('antal'));
    return counts && COUNTED_NOTICES[code as CountedNoticeCode](counts);
  }
  return code && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : undefined;
};

/** `path` with `besked=<code>` added to its query. */
export const withNotice = (path: string, code: NoticeCode): string =>
  `${path}${path.includes('?') ? '&' : '?'}besked=${code}`;

const answers = (n: number) => `${n} svar`;
/** ", 2 havde ingen kladde" for each count above 0, in order. */
const reasons = (parts: readonly (readonly [number, string])[]) =>
  parts
    .filter(([n]) => n > 0)
    .map(([n, text]) => `, ${n} ${text}`)
    .join('');

/**
 * What a bulk action did, in counts (`?besked=<code>&antal=3.1.0`): only numbers come from the
 * link, the words are these, so a link still cannot make the desk say what someone else chose.
 */
export const COUNTED_NOTICES = {
  'bulk-status': ([changed = 0, same = 0]: readonly number[]) =>
    `Status ændret for ${answers(changed)}${same > 0 ? `; ${same} havde allerede den status` : ''}. Borgerne ser den først, når den bliver vist.`,
  'bulk-status-shown': ([changed = 0, same = 0, shown = 0]: readonly number[]) =>
    `Status ændret for ${answers(changed)}${same > 0 ? `; ${same} havde allerede den status` : ''}. Vist for borgerne bag ${answers(shown)}.`,
  'bulk-replies': ([
    published = 0,
    already = 0,
    noDraft = 0,
    personal = 0,
    erased = 0,
    tooLong = 0,
  ]: readonly number[]) =>
    `Beskeder til borgerne: ${published} offentliggjort${reasons([
      [already, 'var allerede offentliggjort'],
      [noDraft, 'havde ingen kladde'],
      [
        personal,
        personal === 1 ? 'kladde lignede personoplysninger' : 'kladder lignede personoplysninger',
      ],
      [erased, 'var slettet'],
      [tooLong, 'blev for lange med oversættelsen'],
    ])}.`,
  'bulk-assigned': ([changed = 0, same = 0]: readonly number[]) =>
    `Ansvarlig ændret for ${answers(changed)}${same > 0 ? `; ${same} havde allerede den ansvarlige` : ''}.`,
  'bulk-drafted': ([drafted = 0, hadDraft = 0, replied = 0, erased = 0]: readonly number[]) =>
    `Kladder fra skabelonen: ${drafted} lavet${reasons([
      [hadDraft, 'havde allerede en kladde'],
      [replied, 'havde allerede en offentliggjort besked'],
      [erased, 'var slettet'],
    ])}. Borgerne ser dem først, når de bliver offentliggjort.`,
  'outcome-mailed': ([addresses = 0, closed = 0]: readonly number[]) =>
    `${closed ? 'Udfordringen er lukket.' : 'Udfaldet er gemt.'} Udfaldet sendes på e-mail til ${addresses === 1 ? '1 adresse' : `${addresses} adresser`}, der har bedt om nyt om svar på udfordringen.`,
} as const satisfies Record<string, (counts: readonly number[]) => string>;
export type CountedNoticeCode = keyof typeof COUNTED_NOTICES;

/** `3.1.0` → [3, 1, 0]; anything else (letters, huge numbers, too many) → undefined. */
function readCounts(value: string | null): number[] | undefined {
  if (!value || !/^\d{1,6}(?:\.\d{1,6}){0,7}$/.test(value)) return undefined;
  return value.split('.').map(Number);
}

/** `path` with a counted notice added to its query. */
export const withCounts = (
  path: string,
  code: CountedNoticeCode,
  counts: readonly number[],
): string =>
  `${path}${path.includes('?') ? '&' : '?'}besked=${code}&antal=${counts.map((n) => Math.max(0, Math.trunc(n))).join('.')}`;
