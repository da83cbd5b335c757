// Whether a raw feed item has something to show of protocol 1.1's loop fields: a check small
// enough for the answer chunk, which loads the chunk that validates and shows them
// (utils/challenge-loop.ts) only then. A 1.1 receiver sends counts of zero and empty lists for a
// challenge nobody answered yet: nothing to show, nothing loaded.

/** An item's own property, never one from a polluted Object.prototype. */
export const ownField = (item: unknown, key: string): unknown =>
  typeof item === 'object' && item !== null && Object.hasOwn(item, key)
    ? (item as Record<string, unknown>)[key]
    : undefined;

const filled = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === 'object' && value !== null
      ? Object.values(value).some((n) => n !== 0)
      : value !== undefined && value !== '';

export const hasLoopContent = (item: unknown): boolean =>
  ['counts', 'updates', 'outcome', 'published'].some((key) => filled(ownField(item, key)));
