// Helpers for the personal-data and export tests: answers from a named person, challenges to seed,
// exports fetched as bytes and spreadsheets read back with exceljs.
import ExcelJS from 'exceljs';
import type { RunningReceiver } from '../../../server/start';
import type { ChallengeInput, Submission } from '../../../utils/schema/index';
import { postSubmission, validSubmission } from '../fixtures';

export const challenge = (id: string, title = `Udfordring ${id}`): ChallengeInput => ({
  id,
  title,
  framing: `Hvad kan vi gøre sammen om ${id}?`,
  url: `https://kommune.example/samskab/${id}`,
});

type Author = Submission['author'];

/** An answer of `kind` to `challengeId` from `author`, with its own title and body. */
export function answerFrom(
  author: Partial<Author>,
  options: { kind?: Submission['kind']; challengeId?: string; title?: string; body?: string } = {},
): Submission {
  const base = validSubmission(options.kind ?? 'need');
  const contact = Boolean(author.email || author.phone);
  return {
    ...base,
    challenge: { ...base.challenge, id: options.challengeId ?? base.challenge.id },
    text: {
      ...(options.title === undefined ? { title: base.text.title } : { title: options.title }),
      body: options.body ?? base.text.body,
    },
    author: { actorType: 'citizen', ...author } as Author,
    consent: { ...base.consent, contact },
  } as Submission;
}

/** Posts an answer and returns its id and reference. */
export async function post(
  receiver: RunningReceiver,
  answer: Submission,
): Promise<{ id: string; reference: string }> {
  const response = await postSubmission(receiver, answer);
  if (response.status !== 201) throw new Error(`posting failed: ${await response.text()}`);
  const { reference } = (await response.json()) as { reference: string };
  return { id: answer.id, reference };
}

export interface Download {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
}

export async function download(
  receiver: RunningReceiver,
  path: string,
  headers: Record<string, string> = {},
): Promise<Download> {
  const response = await fetch(`${receiver.url}${path}`, { headers, redirect: 'manual' });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The first sheet of a workbook: its rows as cells (value, type, style), header first. */
export async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(cell);
    });
    rows.push(cells);
  });
  return { sheet, rows };
}

/** A cell as text: a date cell as the time it shows (`2026-01-15 11:00`, Copenhagen's). */
const cellText = (value: ExcelJS.CellValue | undefined) =>
  value instanceof Date ? value.toISOString().slice(0, 16).replace('T', ' ') : String(value ?? '');

/** Every cell's text of a spreadsheet's rows, by header. */
export function records(rows: ExcelJS.Cell[][]): Record<string, string>[] {
  const [head, ...body] = rows;
  const names = head!.map((cell) => String(cell.value));
  return body.map((row) =>
    Object.fromEntries(names.map((name, i) => [name, cellText(row[i]?.value)])),
  );
}
