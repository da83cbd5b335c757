import { checkAnswer, type FieldError } from '../../utils/answer-form';
import type { Kind } from '../../utils/kinds';
import type { Challenge } from '../../utils/schema/challenge';
import type { AnswerServices } from '../services';
import type { DraftHandle } from './use-draft';

export type SubmitOutcome =
  /** Queued for sending: the answer's id, or '' for the honeypot's pretend answer. */
  | { sent: string }
  /** Not valid: the errors, in the order of the form. */
  | { errors: FieldError[] }
  /** Valid, but the outbox did not take it (e.g. the extension was refused the endpoint). */
  | { notQueued: true };

interface Answer {
  challenge: Challenge;
  kind: Kind;
  services: AnswerServices;
  draft: DraftHandle;
  /** The reference of the published proposal this answer joins (protocol 1.1 `relatesTo`). */
  relatesTo?: string | undefined;
}

/**
 * From "Send" to the outbox: the honeypot, the draft stored (its id becomes the answer's), the
 * check against the schema, the outbox, the `queued` event and the draft discarded. `onValid` runs
 * once the answer is valid, before it is handed to the outbox.
 */
export async function submitAnswer(
  { challenge, kind, services, draft, relatesTo }: Answer,
  onValid: () => void,
): Promise<SubmitOutcome> {
  // A bot filled the honeypot: thank it and send nothing.
  if (draft.latest().website) return { sent: '' };
  const saved = await draft.settle();
  const now = new Date(services.now()).toISOString();
  const verdict = checkAnswer(
    draft.latest(),
    {
      id: saved.id,
      kind,
      challenge,
      locale: services.locale,
      pageUrl: services.pageUrl,
      source: services.source,
      clientVersion: services.clientVersion,
      createdAt: saved.createdAt,
      submittedAt: now,
      relatesTo: relatesTo ? { reference: relatesTo } : undefined,
    },
    challenge,
  );
  if (!verdict.ok) return { errors: verdict.errors };
  onValid();
  try {
    await services.submit(verdict.submission);
  } catch (error) {
    // Not queued: the draft stays as it is.
    console.error('Samskab: the answer was not queued', error);
    return { notQueued: true };
  }
  services.emit('queued', { id: saved.id, kind, challengeId: challenge.id });
  await draft.sent();
  return { sent: saved.id };
}
