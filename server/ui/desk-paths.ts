// Where the desk's pages and forms are: each path written once, grouped by area as the route
// table is (server/routes/desk/), so a link, a form's action or a redirect names its page rather
// than spelling its address. The route table takes its paths from here, so nothing links to a
// path without a route (tests/server/desk/desk-paths.test.ts checks every one against the table).

/** The values a pattern's `:name` segments take, in order. */
type Values<P extends string> = P extends `${string}/:${string}/${infer Rest}`
  ? [string, ...Values<`/${Rest}`>]
  : P extends `${string}/:${string}`
    ? [string]
    : [];

/** A path with `:name` segments: a function filling them in (percent-encoded), and its pattern. */
export type PathTo<P extends string> = ((...values: Values<P>) => string) & { readonly pattern: P };

export function pathTo<P extends string>(pattern: P): PathTo<P> {
  const fill = (...values: Values<P>) => {
    let next = 0;
    return pattern.replace(/:[^/]+/g, () => encodeURIComponent(values[next++] ?? ''));
  };
  return Object.assign(fill, { pattern });
}

export const deskPaths = {
  // Accounts: signing in and out, set-up links, the front page; staff, keys and settings.
  home: '/desk',
  signIn: '/desk/login',
  signOut: '/desk/logout',
  setup: '/desk/setup',
  staff: '/desk/staff',
  staffMember: pathTo('/desk/staff/:id'),
  myMails: '/desk/mails',
  settings: '/desk/settings',
  ownContacts: '/desk/own-contacts',
  apiKeys: '/desk/api-keys',
  revokeApiKey: pathTo('/desk/api-keys/:id/revoke'),

  // Challenges.
  challenges: '/desk/challenges',
  newChallenge: '/desk/challenges/new',
  challenge: pathTo('/desk/challenges/:id'),
  editChallenge: pathTo('/desk/challenges/:id/edit'),
  previewChallenge: pathTo('/desk/challenges/:id/preview'),
  publishChallenge: pathTo('/desk/challenges/:id/publish'),
  scheduleChallenge: pathTo('/desk/challenges/:id/schedule'),
  closeChallenge: pathTo('/desk/challenges/:id/close'),
  reopenChallenge: pathTo('/desk/challenges/:id/reopen'),
  archiveChallenge: pathTo('/desk/challenges/:id/archive'),
  restoreChallenge: pathTo('/desk/challenges/:id/restore'),
  challengeUpdates: pathTo('/desk/challenges/:id/updates'),
  followChallenge: pathTo('/desk/challenges/:id/follow'),
  deleteChallengeUpdate: pathTo('/desk/challenges/:id/updates/:update/delete'),

  // Answers, and the reply templates.
  answers: '/desk/answers',
  answersBulk: '/desk/answers/bulk',
  registerAnswer: '/desk/answers/new',
  answer: pathTo('/desk/answers/:id'),
  answerStatus: pathTo('/desk/answers/:id/status'),
  answerAssignee: pathTo('/desk/answers/:id/assignee'),
  answerNotes: pathTo('/desk/answers/:id/notes'),
  answerReply: pathTo('/desk/answers/:id/reply'),
  answerPublish: pathTo('/desk/answers/:id/publish'),
  answerDuplicate: pathTo('/desk/answers/:id/duplicate'),
  templates: '/desk/templates',
  template: pathTo('/desk/templates/:id'),
  deleteTemplate: pathTo('/desk/templates/:id/delete'),

  // Map and connect.
  resources: '/desk/resources',
  connect: pathTo('/desk/connect/:id'),
  unlink: pathTo('/desk/connect/:id/unlink'),
  undoJoin: pathTo('/desk/connect/:id/undo-join'),

  // Embedding the widget, and the sites that may send answers.
  embed: '/desk/embed',
  embedPreview: '/desk/embed/preview',
  sites: '/desk/embed/sites',
  allowSite: '/desk/embed/sites/allow',
  removeSite: '/desk/embed/sites/remove',

  // Personal data and the exports.
  people: '/desk/people',
  peopleIdentity: '/desk/people/identity',
  peopleDocument: '/desk/people/document',
  peopleExport: '/desk/people/export',
  peopleErase: '/desk/people/erase',
  audit: '/desk/audit',
  retention: '/desk/retention',
  retentionRun: '/desk/retention/run',
  exportXlsx: '/desk/export/answers.xlsx',
  exportCsv: '/desk/export/answers.csv',
} as const;
