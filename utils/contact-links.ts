// The links a challenge's contact details become ("Du kan også ringe eller skrive"): `tel:` and
// `mailto:`, made only from values that pass the schemas' checks. The text shown beside them is
// the municipality's own, rendered as text.
import { Email, Phone } from './schema/common';

/**
 * A `tel:` link to `phone` as written (`+45 12 34 56 78`, `0045 1234-5678`, `(45) 12 34 …`): digits
 * with a leading `+`, spaces, brackets and dashes dropped. Eight digits with no country code are
 * a Danish number and get `+45`, so a phone with a foreign SIM card dials the municipality too.
 */
export function telHref(phone: string): string | undefined {
  if (!Phone.safeParse(phone).success) return undefined;
  let number = phone.replace(/[\s()-]/g, '').replace(/^00/, '+');
  if (/^\d{8}$/.test(number)) number = `+45${number}`;
  // The schema lets through a "number" of brackets and dashes only.
  return /^\+?\d{3,}$/.test(number) ? `tel:${number}` : undefined;
}

/** A `mailto:` link, for an address the schema accepts (no `?`, `&` or `#` to add headers). */
export function mailtoHref(email: string): string | undefined {
  return Email.safeParse(email).success ? `mailto:${email}` : undefined;
}
