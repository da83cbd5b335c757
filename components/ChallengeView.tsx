import { useEffect, useRef, useState } from 'preact/hooks';
import { hasLoopContent } from '../utils/challenge-loop-fields';
import { isAnswerable } from '../utils/challenge-summary';
import { shownInLanguage, type TranslatedPart } from '../utils/challenge-translation';
import { formatDate, translator } from '../utils/i18n';
import { answerMessages } from '../utils/i18n/answer';
import { navMessages } from '../utils/i18n/nav';
import { primaryLanguage } from '../utils/languages';
import type { Challenge } from '../utils/schema/challenge';
import type { Kind } from '../utils/schema/common';
import { AnswerForm } from './AnswerForm';
import type { Joining } from './others/Others';
import type { AnswerServices } from './services';

type OthersModule = typeof import('./others/Others');

interface Props {
  challenge: Challenge;
  services: AnswerServices;
  onBack?: (() => void) | undefined;
  /** The challenge's raw feed item, for protocol 1.1's fields ("what others said"). */
  item?: unknown;
  /**
   * The reader's language for the challenge's own texts (protocol 1.3), a BCP 47 tag; by default
   * the interface's. The answer is sent with the Danish challenge as it is.
   */
  language?: string | undefined;
}

export function ChallengeView({ challenge, services, onBack, item, language }: Props) {
  const { locale } = services;
  const t = translator(answerMessages[locale]);
  const reader = language ?? locale;
  const { challenge: shown, inDanish } = shownInLanguage(challenge, reader);
  // Each text says its language (screen readers pronounce by it), and its direction follows it.
  const textLang = (part: TranslatedPart) =>
    inDanish.includes(part) ? 'da' : (primaryLanguage(reader) ?? locale);
  const [kind, setKind] = useState<Kind>();
  const [joining, setJoining] = useState<Joining>();
  const [drafted, setDrafted] = useState<ReadonlySet<Kind>>(new Set());
  const [others, setOthers] = useState<OthersModule>();
  const heading = useRef<HTMLHeadingElement>(null);
  const article = useRef<HTMLElement>(null);
  // Set by a choice of kind: the form's heading then takes focus, once it is rendered.
  const chosen = useRef(false);
  useEffect(() => {
    if (onBack) heading.current?.focus();
  }, [challenge.id]);
  useEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    article.current?.querySelector<HTMLElement>('#answer-heading')?.focus();
  }, [kind, joining]);
  // Which kinds have a draft: a marker on each, kept current as the forms save and discard.
  useEffect(
    () =>
      services.drafts.followKinds((byChallenge) =>
        setDrafted(byChallenge.get(challenge.id) ?? new Set()),
      ).stop,
    [challenge.id],
  );
  const loop = hasLoopContent(item);
  useEffect(() => {
    if (!loop || others) return;
    let alive = true;
    import('./others/Others').then(
      (module) => {
        module.adoptOthersStyles(article.current);
        if (alive) setOthers(module);
      },
      (error: unknown) => console.error('Samskab: "what others said" could not be loaded', error),
    );
    return () => {
      alive = false;
    };
  }, [loop]);
  const open = isAnswerable(challenge, new Date(services.now()));
  const questions = shown.questions ?? [t('defaultQ1'), t('defaultQ2')];
  const choose = (next: Kind, join?: Joining) => {
    chosen.current = true;
    setJoining(join);
    setKind(next);
  };

  return (
    <article ref={article}>
      {onBack && (
        <button type="button" class="btn link" onClick={onBack}>
          ← {t('back')}
        </button>
      )}
      <h2 tabIndex={-1} ref={heading} lang={textLang('title')} dir="auto">
        {shown.title}
      </h2>
      <p class="muted">
        {[
          challenge.area,
          challenge.theme,
          challenge.deadline && t('deadline', { date: formatDate(challenge.deadline, locale) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {inDanish.length > 0 && <p class="notice">{t('shownInDanish')}</p>}
      <h3>{t('weSee')}</h3>
      <p class="framing" lang={textLang('framing')} dir="auto">
        {shown.framing}
      </p>
      <h3>{t('questions')}</h3>
      <ul lang={shown.questions ? textLang('questions') : undefined} dir="auto">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      {challenge.resourcesWanted && challenge.resourcesWanted.length > 0 && (
        <p>
          <strong>{t('resourcesWanted')}: </strong>
          {challenge.resourcesWanted.map((r) => t(`resource.${r}`)).join(', ')}
        </p>
      )}
      {challenge.contact &&
        (challenge.contact.name || challenge.contact.email || challenge.contact.phone) && (
          <p>
            <strong>{t('contact')}: </strong>
            {[challenge.contact.name, challenge.contact.email, challenge.contact.phone]
              .filter(Boolean)
              .join(', ')}
          </p>
        )}
      {!open && (
        <p class="notice" role="status">
          {t('closedNotice')}
        </p>
      )}
      {open && (
        <section aria-labelledby="samskab-kinds">
          <h3 id="samskab-kinds">{t('chooseKind')}</h3>
          <div class="kinds">
            {challenge.seeking.map((k) => (
              <button
                key={k}
                type="button"
                class="btn"
                aria-pressed={k === kind}
                onClick={() => choose(k)}
              >
                {t(`kind.${k}`)}
                <small>{t(`kindHint.${k}`)}</small>
                {drafted.has(k) && <span class="badge">{navMessages[locale].hasDraft}</span>}
              </button>
            ))}
          </div>
        </section>
      )}
      {open && kind && (
        <AnswerForm
          key={kind + (joining?.reference ?? '')}
          challenge={challenge}
          kind={kind}
          services={services}
          relatesTo={kind === 'offer' ? joining : undefined}
          onCancel={() => setKind(undefined)}
        />
      )}
      {others && (
        <others.Others
          item={item}
          challenge={challenge}
          locale={locale}
          now={new Date(services.now())}
          onJoin={(join) => choose('offer', join)}
        />
      )}
    </article>
  );
}
