import * as z from 'zod/mini';
import { KINDS } from '../kinds';
import { isAllowedRemoteUrl, MAX_URL_LENGTH } from '../url';
import { EMAIL_MAX, LOCALE_MAX, PHONE_MAX, SLUG_MAX } from './limits';

// The kinds come from their table (utils/kinds.ts), with all that differs between them.
export { KINDS };
export const ACTOR_TYPES = [
  'citizen',
  'volunteer',
  'relative',
  'association',
  'business',
  'informal-group',
  'other',
] as const;
export const RESOURCE_TYPES = [
  'time',
  'skills',
  'venue',
  'equipment',
  'network',
  'funding',
  'other',
] as const;

export const Kind = z.enum(KINDS);
export const ActorType = z.enum(ACTOR_TYPES);
export const ResourceType = z.enum(RESOURCE_TYPES);
export type Kind = z.infer<typeof Kind>;
export type ActorType = z.infer<typeof ActorType>;
export type ResourceType = z.infer<typeof ResourceType>;

/**
 * Free text up to `max` characters. `required` text must hold more than white space. Text is
 * never trimmed or rewritten: what a person wrote is stored exactly as written.
 */
export const text = (max: number, required = false) =>
  required
    ? z.string().check(
        z.minLength(1),
        z.maxLength(max),
        z.refine((value) => value.trim().length > 0, { message: 'must not be empty' }),
      )
    : z.string().check(z.maxLength(max));

export const Slug = z
  .string()
  .check(z.minLength(1), z.maxLength(SLUG_MAX), z.regex(/^[a-z0-9-]+$/));

export { isAllowedRemoteUrl };

export const RemoteUrl = z.string().check(
  z.maxLength(MAX_URL_LENGTH),
  z.refine(isAllowedRemoteUrl, {
    message: 'must be an absolute https URL (http only on localhost)',
  }),
);

/**
 * Whether a string is an absolute http(s) URL. Control characters are refused rather than let
 * through: the URL parser silently drops tabs and line breaks, so `https://kommune.dk/\r\nx` would
 * be stored as written but read as another URL. (Here, not in ../url.ts: that module is loaded
 * before the widget's first paint, whose bytes are counted, and endpoints need no such check.)
 */
function isHttpUrl(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  if (/[\0-\x1f\x7f]/.test(value)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Any absolute http(s) URL: links shown to people, pages where an answer was written. */
export const HttpUrl = z
  .string()
  .check(
    z.maxLength(MAX_URL_LENGTH),
    z.refine(isHttpUrl, { message: 'must be an absolute http(s) URL' }),
  );

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const Email = z.email().check(z.maxLength(EMAIL_MAX));
export const Phone = z
  .string()
  .check(
    z.maxLength(PHONE_MAX),
    z.regex(/^\+?[0-9 ()-]{6,40}$/, { message: 'must be a phone number: digits, spaces, + ( ) -' }),
  );
export const Locale = z
  .string()
  .check(
    z.maxLength(LOCALE_MAX),
    z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag' }),
  );
