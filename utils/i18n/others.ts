// The catalogues of "what others said" (./da/others.ts, ./en/others.ts) and the answer statuses'
// labels, for the chunk that shows published answers.
import { others as da } from './da/others';
import { statusLabels as daStatus } from './da/status';
import { others as en } from './en/others';
import { statusLabels as enStatus } from './en/status';

export type { OthersMessages } from './da/others';

export const othersMessages = { da, en };
export const statusLabels = { da: daStatus, en: enStatus };
