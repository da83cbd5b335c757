import type { Translate } from '../../utils/i18n';
import type { AnswerMessages } from '../../utils/i18n/catalogue';
import { observable } from '../../utils/observable';
import type { AnswerServices } from '../services';
import { useValue } from '../use-value';

const NOT_DEGRADED = observable<string | undefined>(undefined);

interface Props {
  t: Translate<AnswerMessages>;
  services: AnswerServices;
}

/** Says when drafts live only as long as the page: from the start, or since storage failed. */
export function StorageNotice({ t, services }: Props) {
  const degraded = useValue(services.degraded ?? NOT_DEGRADED);
  if (!services.persistent) return <p class="notice">{t('memoryOnly')}</p>;
  if (degraded === undefined) return null;
  return (
    <p class="notice" role="alert">
      {t('storageFailed')}
    </p>
  );
}
