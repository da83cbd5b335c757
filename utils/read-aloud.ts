// Choosing a voice and cutting text for the browser's speech synthesis (components/ReadAloud.tsx).
// Pure: the voices are given, as `speechSynthesis.getVoices()` lists them.

/** What is read of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

// Android lists `da_DK` where others say `da-DK`.
const tag = (lang: string) => lang.replace(/_/g, '-').toLowerCase();
const primary = (lang: string) => tag(lang).split('-')[0];

/**
 * The voice to read `lang` (a BCP 47 tag, `da-DK`) with, or none: a voice of the same language,
 * preferring one on the device (a remote one sends the text to the browser maker's service),
 * then the same region, then the system's default. Somali, say, has none on common platforms.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const score = (voice: V) =>
    (voice.localService ? 4 : 0) +
    (tag(voice.lang) === tag(lang) ? 2 : 0) +
    (voice.default ? 1 : 0);
  let best: V | undefined;
  for (const voice of voices) {
    if (primary(voice.lang) === primary(lang) && (!best || score(voice) > score(best)))
      best = voice;
  }
  return best;
}

/**
 * The texts as utterances of a sentence or a line each: some voices stop a long utterance
 * midway (Chrome's remote voices after about 15 seconds), and a stop or an error then loses
 * little. A full stop ends a sentence only before white space, so `1.000` and `31.12` stay whole.
 */
export function speechParts(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.replace(/([.!?؟])\s+/g, '$1\n').split('\n'))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
