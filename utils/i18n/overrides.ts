// A municipality's own wording, in place of catalogue strings without a release (README,
// "Languages"): `{ "<locale>": { "<part>.<key>": text } }`, e.g. `{"ar": {"answer.submit": "…"}}`,
// from a `data-strings` JSON file or `Samskab.mount(el, { strings })`. Only the visitor's
// language is read. Every entry is checked on its own, and one that does not fit is left out with
// a warning naming it: a key no catalogue has, a value that is not text (or, for a count, not one
// text per plural form of the language), too long, with control characters, or with a placeholder
// the catalogue's text lacks. The texts are shown as text, never as markup.
import * as z from 'zod/mini';
import { ANSWER_PARTS, type Catalogue } from './catalogue';
import type { Message, Messages } from './index';
import { LOCALES, type Locale } from './languages';

/** The most one text may hold: more than any catalogue string, far less than a page. */
export const OVERRIDE_MAX = 1000;

const PARTS = ['list', ...ANSWER_PARTS] as const;
type Part = (typeof PARTS)[number];

const Text = z.string().check(
  z.minLength(1),
  z.maxLength(OVERRIDE_MAX),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  z.refine((text) => !/[\0-\x08\x0b-\x1f\x7f]/.test(text), 'has control characters'),
);
const PluralForms = z.strictObject({
  zero: z.optional(Text),
  one: z.optional(Text),
  two: z.optional(Text),
  few: z.optional(Text),
  many: z.optional(Text),
  other: Text,
});
/** `{ "<locale>": { "<part>.<key>": … } }`: objects of objects, read through own keys only. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const placeholders = (message: Message): Set<string> =>
  new Set(
    (typeof message === 'string' ? [message] : Object.values(message)).flatMap(
      (text) => text?.match(/\{\w+\}/g) ?? [],
    ),
  );

/** Why `value` cannot stand for `original` in `locale`, or undefined when it can. */
function refusal(original: Message, value: unknown, locale: Locale): string | undefined {
  let forms: readonly string[];
  if (typeof original === 'string') {
    const text = Text.safeParse(value);
    if (!text.success)
      return `not a text of 1 to ${OVERRIDE_MAX} characters without control characters`;
    forms = [text.data];
  } else {
    const plural = PluralForms.safeParse(value);
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const given = plural.success ? Object.keys(plural.data) : [];
    if (!plural.success || given.some((form) => !needed.includes(form as Intl.LDMLPluralRule)))
      return `not one text per plural form of "${locale}" (${needed.join(', ')}; "other" at least)`;
    forms = Object.values(plural.data) as string[];
  }
  const known = placeholders(original);
  const extra = [...new Set(forms.flatMap((text) => [...placeholders(text)]))].filter(
    (name) => !known.has(name),
  );
  return extra.length > 0 ? `has ${extra.join(', ')}, which this text cannot fill` : undefined;
}

/**
 * The catalogue with the entries of `input` for `locale` in place; each entry left out is named
 * through `warn`. `source` names where the entries came from, for the warnings.
 */
export function applyOverrides<C extends Catalogue>(
  catalogue: C,
  locale: Locale,
  input: unknown,
  warn: (message: string) => void,
  source: string,
): C {
  const section = isObject(input) && Object.hasOwn(input, locale) ? input[locale] : {};
  if (!isObject(input) || !Object.values(input).every(isObject) || !isObject(section)) {
    warn(`Samskab: ${source} is not {"<language>": {"<part>.<key>": "text"}}; ignored`);
    return catalogue;
  }
  for (const key of Object.keys(input)) {
    if (!LOCALES.includes(key as Locale))
      warn(`Samskab: ${source}: "${key}" is not a language the widget speaks; ignored`);
  }
  const entries = section;
  const patched = { ...catalogue } as Record<Part, Messages>;
  for (const [name, value] of Object.entries(entries)) {
    const dot = name.indexOf('.');
    const part = name.slice(0, dot) as Part;
    const key = name.slice(dot + 1);
    const messages = PARTS.includes(part) ? (catalogue[part] as Messages) : undefined;
    const original = messages && Object.hasOwn(messages, key) ? messages[key] : undefined;
    const why =
      original === undefined ? 'no catalogue has this key' : refusal(original, value, locale);
    if (why) {
      warn(`Samskab: ${source}: "${locale}" "${name}" ${why}; ignored`);
      continue;
    }
    patched[part] = { ...patched[part], [key]: value as Message };
  }
  return patched as unknown as C;
}
