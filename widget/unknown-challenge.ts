// A page whose `data-challenge` names no challenge in the feed (mistyped, or archived since): the
// citizen reads "Udfordringen findes ikke længere" without the id, which means nothing to them;
// the webmaster finds the id, and what to do, in the console. Lives in the answer chunk, after
// the paint. Once per id and page, however often the view is drawn.
const warned = new Set<string>();

/** The console line for the webmaster. */
export const unknownChallengeMessage = (id: string, feed: string | undefined) =>
  `Samskab: data-challenge="${id}" is not in ${feed ?? 'the challenges given'}: mistyped, or archived.`;

export function warnUnknownChallenge(
  id: string,
  feed: string | undefined,
  warn: (message: string) => void,
): void {
  if (warned.has(id)) return;
  warned.add(id);
  warn(unknownChallengeMessage(id, feed));
}
