// The mails to staff (issue 20, point 7): "you were made Ansvarlig" and the daily mail of new
// answers to the challenges followed. Plain text from the database: each answer's reference, kind
// and challenge title, and a link to it in the desk, which asks for sign-in. Never what a citizen
// wrote or who they are: a mail leaves the municipality's systems and stays in mailboxes, and the
// desk is where personal data is shown (and its viewing logged). What is still true is read when
// the mail is written: an answer given to someone else, unfollowed or erased meanwhile is left out.

import { labels } from '../../utils/i18n/da/labels';
import type { Kind } from '../../utils/kinds';
import type { Queryable } from '../data/db';
import type { Recipient } from '../data/recipients';
import type { ComposedMail, MailLinks } from './mail-types';

interface StaffAnswer {
  readonly id: string;
  readonly reference: string;
  readonly kind: Kind;
  readonly challengeTitle: string;
}

interface AnswerRow extends Record<string, unknown> {
  id: string;
  reference: string;
  kind: Kind;
  challenge_id: string;
  title: string | null;
  name: string;
}

/** The answers among `ids` that `where` (SQL on `s` the answer, `st` the staff member) keeps. */
async function staffAnswers(
  db: Queryable,
  ids: readonly string[],
  recipient: Recipient,
  where: string,
): Promise<{ answers: StaffAnswer[]; name: string } | undefined> {
  if (ids.length === 0 || !recipient.email) return undefined;
  const rows = await db.query<AnswerRow>(
    `SELECT s.id, s.reference, s.kind, s.challenge_id, c.data::json->>'title' AS title, st.name
     FROM submissions s JOIN staff st ON st.email = $2 AND st.disabled_at IS NULL
       LEFT JOIN challenges c ON c.id = s.challenge_id
     WHERE s.id = ANY(string_to_array($1, ',')::uuid[]) AND s.erased_at IS NULL AND ${where}
     ORDER BY c.position NULLS LAST, s.challenge_id, s.received_at, s.reference`,
    [[...new Set(ids)].join(','), recipient.email],
  );
  const [first] = rows;
  if (!first) return undefined;
  return {
    name: first.name,
    answers: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      // An answer to a challenge the receiver does not know: its id, never the client's title.
      challengeTitle: row.title ?? row.challenge_id,
    })),
  };
}

const answerLines = (answers: readonly StaffAnswer[], links: MailLinks) =>
  answers.flatMap((answer) => [
    `${answer.reference}, ${labels.kind[answer.kind] ?? answer.kind}, til "${answer.challengeTitle}"`,
    links.deskAnswerUrl(answer.id),
    '',
  ]);

const staffFooter = (links: MailLinks) => [
  '--',
  'Du får denne e-mail, fordi du har valgt det under "Mine e-mails" på arbejdsbordet, hvor du også',
  `kan slå den fra: ${links.deskMailsUrl}`,
  `Vil du ikke have flere e-mails herfra: ${links.unsubscribeUrl}`,
];

const count = (n: number) => (n === 1 ? '1 svar' : `${n} svar`);

/** A staff mail: which answers it names (an SQL condition on `s`, the answer, and `st`, the staff
 * member), and its words for how many. */
interface StaffMailSpec {
  readonly wanted: string;
  readonly intro: (answers: string) => string;
  readonly subject: (answers: string) => string;
}

/** The mail `spec` describes, to `recipient`, of those of `answerIds` it names; none if none. */
const staffMail =
  (spec: StaffMailSpec) =>
  async (
    db: Queryable,
    answerIds: readonly string[],
    links: MailLinks,
    recipient: Recipient,
  ): Promise<ComposedMail | undefined> => {
    const found = await staffAnswers(db, answerIds, recipient, spec.wanted);
    if (!found) return undefined;
    const answers = count(found.answers.length);
    const lines = [
      `Hej ${found.name}`,
      '',
      spec.intro(answers),
      '',
      ...answerLines(found.answers, links),
      ...staffFooter(links),
    ];
    return { subject: spec.subject(answers), text: `${lines.join('\n')}\n` };
  };

/** The `assigned` reason's mail: the answers a colleague made this staff member Ansvarlig for. */
export const assignedMail = staffMail({
  wanted: 's.assignee_id = st.id AND st.mail_when_assigned',
  intro: (answers) => `Du er gjort ansvarlig for ${answers} på arbejdsbordet:`,
  subject: (answers) => `Du er ansvarlig for ${answers}`,
});

/** The `digest` reason's mail: the new answers to the challenges this staff member follows. */
export const digestMail = staffMail({
  wanted: `st.mail_daily_digest AND EXISTS (SELECT 1 FROM challenge_follows f
       WHERE f.staff_id = st.id AND f.challenge_id = s.challenge_id)`,
  intro: (answers) => `Der er kommet ${answers} på de udfordringer, du følger:`,
  subject: (answers) => `Nye svar: ${answers} på de udfordringer, du følger`,
});
