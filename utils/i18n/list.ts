// The catalogues the challenge list needs for its first paint, one file per locale (da/list.ts,
// en/list.ts); everything else loads with the answer form (answer.ts).
import { list as da } from './da/list';
import { list as en } from './en/list';

export type { ListMessages } from './da/list';

export const listMessages = { da, en };
