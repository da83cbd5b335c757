// The first words of an answer, from the copy kept in the person's own browser: in "Dine svar"
// they tell three answers to one challenge apart. Never sent anywhere.

/** Characters shown at most, before the ellipsis. */
export const EXCERPT_MAX = 80;

/** The answer's title, else its text: on one line, cut at a word within EXCERPT_MAX, with "…". */
export function excerptOf(text: { title?: string | undefined; body: string }): string {
  const whole = (text.title?.trim() || text.body).replace(/\s+/g, ' ').trim();
  if (whole.length <= EXCERPT_MAX) return whole;
  const cut = whole.slice(0, EXCERPT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
