// A light check on text staff publish (replies, an answer's public text, reply templates): an
// email address or a phone number in it is almost always a mistake, someone's contact details
// copied into a public text. It is a check, not a guarantee; the forms' hints say the rule.

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/i;
// Danish numbers as people write them (12345678, 12 34 56 78, 1234 5678, +45 12345678) and
// international ones (+46 70 123 45 67). Not years ("2026-2027") or times ("10-12").
const PHONE =
  /(?<![\d-])(?:(?:\+|00)\d{2} ?)?(?:\d{8}|\d{2}(?: \d{2}){3}|\d{4} \d{4})(?![\d-])|\+\d{2,3}(?: ?\d){7,}/;

export type PersonalDataKind = 'email' | 'phone';

/** What in `text` looks like contact details, if anything. */
export function looksPersonal(text: string): PersonalDataKind | undefined {
  if (EMAIL.test(text)) return 'email';
  if (PHONE.test(text)) return 'phone';
  return undefined;
}

/** The message at a field whose text looks like it holds contact details. */
export const PERSONAL_DATA_MESSAGES: Record<PersonalDataKind, string> = {
  email:
    'Teksten ser ud til at indeholde en e-mailadresse. Offentlige tekster må ikke indeholde personoplysninger.',
  phone:
    'Teksten ser ud til at indeholde et telefonnummer. Offentlige tekster må ikke indeholde personoplysninger.',
};
