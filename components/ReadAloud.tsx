// "Læs op": the browser's own speech synthesis reads a challenge's framing and questions. No
// service of ours and nothing downloaded; shown only when the browser has a voice for the
// language, so a language without one (Somali, on common platforms) gets no button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { pickVoice, speechParts } from '../utils/read-aloud';

interface Props {
  /** What is read, in order: each a paragraph, a heading or a question. */
  texts: readonly string[];
  /** The texts' language, a BCP 47 tag (`da-DK`). */
  lang: string;
  label: string;
  stopLabel: string;
}

// Read on each render: a page may stub or replace it (the tests do), and some browsers have none.
const speech = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

export function ReadAloud({ texts, lang, label, stopLabel }: Props) {
  const [voices, setVoices] = useState(() => speech()?.getVoices() ?? []);
  const [reading, setReading] = useState(false);
  // Which reading is current: a stopped one's late `end` must not mark a new one as done.
  const run = useRef(0);
  const readingNow = useRef(false);
  readingNow.current = reading;
  useEffect(() => {
    const synth = speech();
    if (!synth) return;
    // Chrome lists its voices a moment after the first ask, then says so with this event.
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      // Leaving the challenge stops what it was reading, and only that.
      if (readingNow.current) synth.cancel();
    };
  }, []);

  const synth = speech();
  if (!synth) return null;
  const voice = pickVoice(voices, lang);
  if (!voice) {
    // Until the voices are listed, the button is there but hidden (not seen, not focused, not
    // read), so nothing moves when it comes: it takes the same room and wraps the same way.
    return voices.length === 0 ? (
      <button type="button" class="btn wait" tabIndex={-1}>
        {label}
      </button>
    ) : null;
  }

  const toggle = () => {
    const current = ++run.current;
    synth.cancel();
    if (reading) {
      setReading(false);
      return;
    }
    const parts = speechParts(texts);
    parts.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      // Both: Android picks by `lang` and ignores a voice given alone.
      utterance.voice = voice;
      utterance.lang = lang;
      if (index === parts.length - 1) {
        utterance.onend = utterance.onerror = () => {
          if (current === run.current) setReading(false);
        };
      }
      synth.speak(utterance);
    });
    setReading(parts.length > 0);
  };
  return (
    <button type="button" class="btn" onClick={toggle}>
      {reading ? stopLabel : label}
    </button>
  );
}
