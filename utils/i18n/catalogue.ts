// What one language's catalogue holds, in the two parts the widget loads apart (widget/build.ts):
// the list's words with the direction of the script, for the first paint, and everything else,
// fetched beside the answer code right after it. Each language's folder (./da, ./ar, …) has one
// file per part of the second (answer.ts, others.ts, …); the Danish files set the keys.
import type { AnswerStatus } from '../schema/status';
import type { AnswerMessages } from './da/answer';
import type { FollowupMessages } from './da/followup';
import type { ListMessages } from './da/list';
import type { OthersMessages } from './da/others';
import type { ReceiptMessages } from './da/receipt';
import type { Direction } from './languages';

export type { AnswerMessages, FollowupMessages, ListMessages, OthersMessages, ReceiptMessages };
export type StatusLabels = Record<AnswerStatus, string>;

/** The first paint's part: `chunks/<locale>-list-<hash>.mjs` in the widget. */
export interface ListStrings {
  dir: Direction;
  list: ListMessages;
}

/** The rest: `chunks/<locale>-answer-<hash>.mjs`, fetched in parallel with the answer chunk. */
export interface AnswerStrings {
  answer: AnswerMessages;
  others: OthersMessages;
  receipt: ReceiptMessages;
  followup: FollowupMessages;
  status: StatusLabels;
}

export type Catalogue = ListStrings & AnswerStrings;

/** The parts of `AnswerStrings`, each the export of the same name in ./<locale>/<part>.ts. */
export const ANSWER_PARTS = ['answer', 'others', 'receipt', 'followup', 'status'] as const;
