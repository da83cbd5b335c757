// The challenge list's pages (./ChallengeList.tsx): loaded with the answer chunk, which gives it
// to the list with the other extras.
import type { Translate } from '../utils/i18n';
import type { AnswerMessages } from '../utils/i18n/catalogue';
import type { PagerProps } from './ChallengeList';

export function ListPager({
  current,
  pages,
  onPage,
  t,
}: PagerProps & { t: Translate<AnswerMessages> }) {
  const pageText = t('page', { page: current + 1, pages });
  return (
    <nav class="pager" aria-label={pageText}>
      <button
        type="button"
        class="btn"
        disabled={current === 0}
        onClick={() => onPage(current - 1)}
      >
        {t('previous')}
      </button>
      <span>{pageText}</span>
      <button
        type="button"
        class="btn"
        disabled={current >= pages - 1}
        onClick={() => onPage(current + 1)}
      >
        {t('next')}
      </button>
    </nav>
  );
}
