import { useEffect, useRef, useState } from 'preact/hooks';
import { hasLoopContent } from '../utils/challenge-loop-fields';
import { isAnswerable } from '../utils/challenge-summary';
import { shownInLanguage, type TranslatedPart } from '../utils/challenge-translation';
import { BCP47, formatDate, translator } from '../utils/i18n';
import type { Challenge } from '../utils/schema/challenge';
import type { Kind } from '../utils/schema/common';
import { AnswerForm } from './AnswerForm';
import { ContactWays } from './ContactWays';
import type { Joining } from './others/Others';
import { ReadAloud } from './ReadAloud';
import type { AnswerServices } from './services';

type OthersModule = typeof import('./others/Others');

interface Props {
  challenge: Challenge;
  services: AnswerServices;
  onBack?: (() => void) | undefined;
  /** The challenge's raw feed item, for protocol 1.1's fields ("what others said"). */
  item?: unknown;
}

export function ChallengeView({ challenge, services, onBack, item }: Props) {
  const { locale } = services;
  const t = translator(services.strings.answer, locale);
  // The challenge's own texts in the visitor's language where the feed has them (protocol 1.3).
  const { challenge: shown, inDanish } = shownInLanguage(challenge, locale);
  // Each text says its language (screen readers pronounce by it), and its direction follows it.
  const textLang = (part: TranslatedPart) => (inDanish.includes(part) ? 'da' : locale);
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
  // The widget's own questions are in its language; the challenge's in theirs.
  const questionsLang = shown.questions ? textLang('questions') : locale;
  // Read aloud in one voice: the framing's language, and only the texts in it (a Danish framing
  // under headings in Arabic is read in Danish, without the headings).
  const readLang = textLang('framing');
  const readTexts =
    readLang === locale
      ? [t('weSee'), shown.framing, t('questions'), ...(questionsLang === locale ? questions : [])]
      : [shown.framing, ...(questionsLang === readLang ? questions : [])];
  // The contact's phone and e-mail: beside the kinds while answers are taken, on their own after.
  const contact = (
    <ContactWays
      contact={challenge.contact}
      open={open}
      words={{ otherWays: t('otherWays'), contact: t('contact') }}
    />
  );
  const choose = (next: Kind, join?: Joining) => {
    chosen.current = true;
    setJoining(join);
    setKind(next);
  };

  return (
    <article ref={article}>
      {onBack && (
        <button type="button" class="btn link" onClick={onBack}>
          <span class="ic" aria-hidden="true">
            ←
          </span>{' '}
          {t('back')}
        </button>
      )}
      {/* The municipality's words keep their own direction inside a right-to-left page. */}
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
      <div class="row say">
        <h3>{t('weSee')}</h3>
        <ReadAloud
          key={challenge.id}
          texts={readTexts}
          lang={BCP47[readLang]}
          label={t('readAloud')}
          stopLabel={t('readAloudStop')}
        />
      </div>
      <p class="framing" lang={textLang('framing')} dir="auto">
        {shown.framing}
      </p>
      <h3>{t('questions')}</h3>
      <ul lang={questionsLang} dir="auto">
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
      {!open && contact}
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
                {drafted.has(k) && <span class="badge">{t('hasDraft')}</span>}
              </button>
            ))}
          </div>
          {contact}
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
          strings={services.strings}
          now={new Date(services.now())}
          onJoin={(join) => choose('offer', join)}
        />
      )}
    </article>
  );
}
