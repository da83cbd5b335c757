// A reply to a citizen with a machine translation into their language beneath the Danish (issue
// 22): staff write the Danish, press "Oversæt", check the translation (which starts with a note,
// translated too, that it is a machine translation) and publish both as one reply. The citizen's
// status link, update mail and the feed show that one text; nothing in the protocol changes.
import { REPLY_MAX } from './reply-templates';

/** The line above the translation, translated with the reply, so the citizen reads it too. */
export const MACHINE_NOTE = 'Maskinoversat fra dansk:';

/** Line breaks as one character, as the stored text has them (a browser sends CRLF). */
export const plainLines = (text: string) => text.replaceAll('\r\n', '\n');

/** The translation field's text: the translated note, then the translated reply. */
export const translationBlock = (note: string, reply: string) => `${note.trim()}\n${reply}`;

/** The reply the citizen sees: the Danish, and the translation beneath it when there is one. */
export function composeReply(danish: string, translation: string | null | undefined): string {
  return translation?.trim() ? `${danish}\n\n${translation}` : danish;
}

/**
 * What is wrong with publishing `translation` beneath `reply`, in Danish, or undefined.
 * `translatedFrom` is the Danish text the translation was made from: a reply changed since would
 * be published beside a translation that says something else.
 */
export function replyTranslationProblem(
  reply: string,
  translation: string,
  translatedFrom: string,
): string | undefined {
  if (translation.trim() === '') return undefined;
  if (plainLines(reply).trim() !== plainLines(translatedFrom).trim()) {
    return 'Du har ændret beskeden efter oversættelsen. Oversæt den igen, eller tøm feltet med oversættelsen.';
  }
  if (composeReply(reply, translation).length > REPLY_MAX) {
    return `Beskeden og oversættelsen må tilsammen højst være ${REPLY_MAX} tegn. Gør beskeden kortere, og oversæt den igen.`;
  }
  return undefined;
}
