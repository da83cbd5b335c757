// What a page says after a form redirected to it (`?besked=<code>`): a fixed list of texts, so a
// link can never make the desk show words of someone else's choosing.
export const NOTICES = {
  'signed-out': 'Du er logget ud.',
  'password-set': 'Din adgangskode er gemt, og du er logget ind.',
  saved: 'Ændringerne er gemt.',
  'staff-changed': 'Medarbejderen er opdateret.',
  'key-revoked': 'API-nøglen er tilbagekaldt og virker ikke længere.',
  'challenge-created': 'Udfordringen er oprettet.',
  'challenge-saved': 'Udfordringen er gemt. Feedet viser ændringen med det samme.',
  'challenge-closed': 'Udfordringen er lukket.',
  'challenge-reopened': 'Udfordringen er åbnet igen.',
  'challenge-archived': 'Udfordringen er arkiveret og vises ikke længere i feedet.',
  'challenge-restored': 'Udfordringen er hentet tilbage fra arkivet.',
  'update-posted': 'Opdateringen er offentliggjort.',
  'update-deleted': 'Opdateringen er fjernet.',
  'status-changed': 'Status er ændret.',
  'statuses-changed': 'Status er ændret for de valgte svar.',
  'status-published': 'Status er ændret og vist for borgeren.',
  'statuses-published': 'Status er ændret og vist for borgerne bag de valgte svar.',
  'note-added': 'Noten er gemt.',
  'assignee-changed': 'Ansvarlig er ændret.',
  'reply-saved': 'Svaret til borgeren er gemt som kladde.',
  'reply-published': 'Svaret til borgeren er offentliggjort.',
  'replies-published': 'Svarene til borgerne er offentliggjort.',
  'replies-partly-published':
    'De valgte svarkladder er offentliggjort. Svar uden kladde, og kladder der lignede personoplysninger, blev sprunget over.',
  'reply-withdrawn': 'Svaret til borgeren er trukket tilbage. Kladden er gemt.',
  'public-version-saved': 'Den offentlige udgave er gemt.',
  'answer-published': 'Svaret er offentliggjort på udfordringen.',
  'answer-unpublished': 'Svaret er ikke længere offentligt.',
  'answer-registered': 'Svaret er registreret.',
  'duplicate-marked': 'Svaret er markeret som dublet.',
  'duplicate-cleared': 'Svaret er ikke længere markeret som dublet.',
  'link-added': 'Tilbuddet er koblet.',
  'link-removed': 'Koblingen er fjernet.',
  'link-exists': 'Svarene var allerede koblet til hinanden.',
  'link-missing': 'Svarene var ikke koblet til hinanden.',
  'template-saved': 'Skabelonen er gemt.',
  'template-deleted': 'Skabelonen er slettet.',
  'person-erased': 'Personens oplysninger er slettet.',
  'retention-saved': 'Opbevaringsperioden er gemt.',
  'retention-applied': 'Kontaktoplysninger efter opbevaringsperioden er fjernet.',
  'origin-allowed':
    'Sitet er tilladt. Alle modtagere tager imod svar fra det inden for 10 sekunder, også svar, der venter hos borgerne.',
  'origin-already': 'Sitet var allerede tilladt.',
  'origin-removed':
    'Sitet må ikke længere sende svar. Det gælder på alle modtagere inden for 10 sekunder.',
} as const;
export type NoticeCode = keyof typeof NOTICES;

export const noticeFrom = (url: URL): string | undefined => {
  const code = url.searchParams.get('besked');
  return code && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : undefined;
};

/** `path` with `besked=<code>` added to its query. */
export const withNotice = (path: string, code: NoticeCode): string =>
  `${path}${path.includes('?') ? '&' : '?'}besked=${code}`;
