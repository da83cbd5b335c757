// The answer chunk's catalogues: one file per locale (da/answer.ts, en/answer.ts). They stay
// apart from the list's (list.ts): the bundler puts a file in one chunk, and these strings must not
// load before the list is painted.
import { answer as da } from './da/answer';
import { answer as en } from './en/answer';

export type { AnswerMessages } from './da/answer';

export const answerMessages = { da, en };
