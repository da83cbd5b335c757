// "What others said" on a challenge (protocol 1.1): its counts, the municipality's updates, the
// outcome once closed, and the answers staff published, each with its status and reply. Every
// value is rendered as text, never as markup: the feed comes from elsewhere. A chunk of its own,
// loaded only for a challenge whose feed item carries such fields (utils/challenge-loop.ts).
import { useMemo } from 'preact/hooks';
import { type ChallengeLoop, readLoop } from '../../utils/challenge-loop';
import { isAnswerable } from '../../utils/challenge-summary';
import { type Translate, translator } from '../../utils/i18n';
import type { AnswerStrings, OthersMessages } from '../../utils/i18n/catalogue';
import type { Locale } from '../../utils/i18n/languages';
import { formatDateTime } from '../../utils/i18n/time';
import type { Challenge } from '../../utils/schema/challenge';
import type { PublishedAnswer } from '../../utils/schema/loop';
import { adoptStyles } from '../styles';
import { othersCss } from './others-styles';

/** The proposal an offer answers, and the sentence the form shows about it. */
export interface Joining {
  reference: string;
  note: string;
}

/** Styles the shadow root (or document) the challenge page is in. */
export function adoptOthersStyles(node: Node | null | undefined): void {
  const root = node?.getRootNode();
  if (root instanceof ShadowRoot || root instanceof Document) adoptStyles(root, othersCss);
}

interface Props {
  /** The challenge's raw feed item: its loop fields are validated here. */
  item: unknown;
  challenge: Challenge;
  locale: Locale;
  /** The words in `locale`: what others said, and the statuses' names. */
  strings: AnswerStrings;
  now: Date;
  onJoin: (joining: Joining) => void;
}

export function Others({ item, challenge, locale, strings, now, onJoin }: Props) {
  const t = translator(strings.others, locale);
  // Offers are taken (open, and the challenge seeks them): a proposal that seeks help may be joined.
  const canJoin = isAnswerable(challenge, now) && challenge.seeking.includes('offer');
  const loop: ChallengeLoop = useMemo(() => readLoop(item, (m) => console.warn(m)), [item]);
  const { counts, updates, outcome, published } = loop;
  const when = (at: string) => formatDateTime(Date.parse(at), locale);
  if (!counts && !outcome && updates.length === 0 && published.length === 0) return null;
  return (
    <section class="others" aria-labelledby="samskab-others">
      <h3 id="samskab-others">{t('heading')}</h3>
      {outcome && (
        <div class="outcome">
          <h4>{t('outcome')}</h4>
          <p class="said">{outcome}</p>
        </div>
      )}
      {counts && (
        <p>
          {t('counts', {
            need: t('count.need', { count: counts.need }),
            proposal: t('count.proposal', { count: counts.proposal }),
            offer: t('count.offer', { count: counts.offer }),
          })}
        </p>
      )}
      {updates.length > 0 && (
        <>
          <h4>{t('updates')}</h4>
          <ul>
            {updates.map((update) => (
              <li key={update.at + update.text}>
                <p class="muted">{when(update.at)}</p>
                <p class="said">{update.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {published.length > 0 && (
        <>
          <h4>{t('published')}</h4>
          <ul>
            {published.map((answer) => (
              <Published
                key={answer.reference}
                answer={answer}
                t={t}
                status={strings.status[answer.status]}
                when={when(answer.publishedAt)}
                onJoin={
                  canJoin && answer.kind === 'proposal' && answer.seeksHelp
                    ? () =>
                        onJoin({
                          reference: answer.reference,
                          note: t('joining', {
                            reference: answer.reference,
                            title: answer.title ?? answer.text.slice(0, 80),
                          }),
                        })
                    : undefined
                }
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface PublishedProps {
  answer: PublishedAnswer;
  t: Translate<OthersMessages>;
  status: string;
  when: string;
  onJoin: (() => void) | undefined;
}

function Published({ answer, t, status, when, onJoin }: PublishedProps) {
  const headingId = `samskab-pub-${answer.reference}`;
  return (
    <li>
      <p class="muted" id={headingId}>
        <strong>{t(`kind.${answer.kind}`)}</strong>
        {answer.title && `: ${answer.title}`}
      </p>
      <p class="said">{answer.text}</p>
      <p class="muted">
        {[
          answer.organisation && t('from', { organisation: answer.organisation }),
          t('status', { status }),
          when,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {answer.reply && (
        <p class="said">
          <strong>{t('reply')} </strong>
          {answer.reply}
        </p>
      )}
      {answer.kind === 'proposal' && answer.seeksHelp && <p>{t('seeksHelp')}</p>}
      {onJoin && (
        <button type="button" class="btn" aria-describedby={headingId} onClick={onJoin}>
          {t('help')}
        </button>
      )}
    </li>
  );
}
