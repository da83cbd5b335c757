import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { AnswerMessages } from '../../utils/i18n/catalogue';
import type { Challenge } from '../../utils/schema/challenge';
import { useLazy } from '../loop/use-lazy';
import { OutboxEntry } from '../OutboxList';
import type { AnswerServices } from '../services';
import { useValue } from '../use-value';
import { unreachable } from './unreachable';

interface Props {
  t: Translate<AnswerMessages>;
  services: AnswerServices;
  id: string;
  challenge: Challenge;
  onAgain: () => void;
}

/** After "Send": thanks, and the answer's way through the outbox. Takes focus. */
export function Sent({ t, services, id, challenge, onAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const item = useValue(services.outbox).find((i) => i.id === id);
  const online = useValue(services.online);
  // Never a "Tak!" for an answer the page cannot deliver (a misconfigured endpoint).
  const stuck = item && (item.state === 'attention' || unreachable(item, online));
  // What happens next: its own chunk, loaded once the answer is on its way.
  const receipt = useLazy(() => import('../loop/receipt'), !stuck);
  return (
    <div class={stuck ? 'notice err' : 'notice ok'}>
      {/* Live: the title changes as the answer goes through the outbox. */}
      <h3 tabIndex={-1} ref={heading} aria-live="polite">
        {/* '' is the honeypot's pretend answer; a real one is "sent" only once delivered. */}
        {stuck
          ? t('notSentTitle')
          : id === '' || item?.state === 'delivered'
            ? t('sentTitle')
            : t('queuedTitle')}
      </h3>
      {item && <OutboxEntry item={item} services={services} />}
      {receipt && !stuck && (
        <receipt.Receipt
          challenge={challenge}
          item={item}
          locale={services.locale}
          strings={services.strings}
        />
      )}
      <button type="button" class="btn" onClick={onAgain}>
        {t('newAnswer')}
      </button>
    </div>
  );
}
