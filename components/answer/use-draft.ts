import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type AnswerFields, emptyFields } from '../../utils/answer-form';
import { createAutosave, type Draft } from '../../utils/drafts';
import type { Translate } from '../../utils/i18n';
import type { AnswerMessages } from '../../utils/i18n/catalogue';
import { formatDateTime } from '../../utils/i18n/time';
import type { Kind } from '../../utils/kinds';
import type { AnswerServices } from '../services';

export type SetField = <K extends keyof AnswerFields>(name: K, value: AnswerFields[K]) => void;

export interface DraftHandle {
  /** The fields as shown. */
  fields: AnswerFields;
  /** What the draft last did ("saved at …", "restored"), for the form's status line. */
  status: string;
  announce(status: string): void;
  /** Changes one field and saves the draft a moment after typing stops. */
  set: SetField;
  /** The fields as typed until now, also when the fields as shown are a render behind. */
  latest(): AnswerFields;
  /** Stores what is not saved yet; gives the stored draft, whose id becomes the answer's. */
  settle(): Promise<Draft>;
  /** The answer is queued: the draft goes, and the next answer gets a new id. */
  sent(): Promise<void>;
  /** Removes the draft, and any save still waiting. */
  discard(): Promise<void>;
}

/**
 * The draft of one answer (a challenge and a kind): restored when the form opens, saved 400 ms after
 * typing stops, on `pagehide`, when the page is hidden and when the form closes. Its listeners go
 * when the form does.
 */
export function useDraft(
  challengeId: string,
  kind: Kind,
  services: AnswerServices,
  t: Translate<AnswerMessages>,
): DraftHandle {
  const [fields, setFields] = useState<AnswerFields>(() => emptyFields(services.prefill));
  const [status, announce] = useState('');
  const latest = useRef(fields);
  // undefined: not looked up yet; null: there is no stored draft.
  const draft = useRef<Draft | null>();
  const edited = useRef(false);
  // The words of this render: the switcher may change the language while the form is open.
  const words = useRef({ services, t });
  words.current = { services, t };

  const autosave = useMemo(
    () =>
      createAutosave(async () => {
        if (!edited.current) return;
        const { website: _honeypot, ...kept } = latest.current;
        draft.current = await services.drafts.save(challengeId, kind, kept, draft.current);
        const now = words.current;
        announce(
          now.t('draftSaved', { time: formatDateTime(services.now(), now.services.locale) }),
        );
        services.emit('draft-saved', { id: draft.current.id, kind, challengeId });
      }),
    [challengeId, kind],
  );

  useEffect(() => {
    let alive = true;
    services.drafts.load(challengeId, kind).then((saved) => {
      if (!alive) return;
      if (!saved || edited.current) {
        draft.current ??= saved ?? null;
        return;
      }
      draft.current = saved;
      latest.current = {
        ...emptyFields(services.prefill),
        ...(saved.fields as Partial<AnswerFields>),
      };
      setFields(latest.current);
      announce(t('draftRestored'));
    });
    const flush = () => void autosave.flushNow();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      alive = false;
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [challengeId, kind]);

  const forget = () => {
    draft.current = null;
    edited.current = false;
  };

  return {
    fields,
    status,
    announce,
    set(name, value) {
      latest.current = { ...latest.current, [name]: value };
      edited.current = true;
      setFields(latest.current);
      autosave.schedule();
    },
    latest: () => latest.current,
    async settle() {
      edited.current = true;
      await autosave.flushNow();
      return draft.current ?? (await services.drafts.save(challengeId, kind, {}, null));
    },
    async sent() {
      await services.drafts.discard(challengeId, kind);
      forget();
    },
    async discard() {
      autosave.cancel();
      await services.drafts.discard(challengeId, kind);
      forget();
    },
  };
}
