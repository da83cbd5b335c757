import { useEffect, useRef, useState } from 'preact/hooks';
import { isAnswerable } from '../utils/challenge-summary';
import { formatDate, translator } from '../utils/i18n';
import { answerMessages } from '../utils/i18n/answer';
import type { Challenge } from '../utils/schema/challenge';
import type { Kind } from '../utils/schema/common';
import { AnswerForm } from './AnswerForm';
import type { AnswerServices } from './services';

interface Props {
  challenge: Challenge;
  services: AnswerServices;
  onBack?: (() => void) | undefined;
}

export function ChallengeView({ challenge, services, onBack }: Props) {
  const { locale } = services;
  const t = translator(answerMessages[locale]);
  const [kind, setKind] = useState<Kind>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (onBack) heading.current?.focus();
  }, [challenge.id]);
  const open = isAnswerable(challenge, new Date(services.now()));
  const questions = challenge.questions ?? [t('defaultQ1'), t('defaultQ2')];

  return (
    <article>
      {onBack && (
        <button type="button" class="btn link" onClick={onBack}>
          ← {t('back')}
        </button>
      )}
      <h2 tabIndex={-1} ref={heading}>
        {challenge.title}
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
      <h3>{t('weSee')}</h3>
      <p class="framing">{challenge.framing}</p>
      <h3>{t('questions')}</h3>
      <ul>
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
      {!open ? (
        <p class="notice" role="status">
          {t('closedNotice')}
        </p>
      ) : kind ? (
        <AnswerForm
          key={kind}
          challenge={challenge}
          kind={kind}
          services={services}
          onCancel={() => setKind(undefined)}
        />
      ) : (
        <section aria-labelledby="samskab-kinds">
          <h3 id="samskab-kinds">{t('chooseKind')}</h3>
          <div class="kinds">
            {challenge.seeking.map((k) => (
              <button key={k} type="button" class="btn" onClick={() => setKind(k)}>
                {t(`kind.${k}`)}
                <small>{t(`kindHint.${k}`)}</small>
              </button>
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
