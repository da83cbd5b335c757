import { Component, type ComponentChildren, createRef, type FunctionComponent } from 'preact';
import type { ChallengeFilter } from '../utils/challenge-filter';
import { type ChallengeSummary, isAnswerable } from '../utils/challenge-summary';
import { formatDate, type Translate } from '../utils/i18n';
import type { ListMessages } from '../utils/i18n/catalogue';
import type { Locale } from '../utils/i18n/languages';

export const PAGE_SIZE = 5;

/** What the answer chunk adds to the list once it has loaded. */
export interface ListExtras {
  /** Search and filters (utils/challenge-filter.ts). */
  filter<C extends ChallengeSummary>(list: C[], filter: ChallengeFilter): C[];
  /** A filter's values, worked out once per list (every render asks). */
  choices(list: ChallengeSummary[], key: 'theme' | 'area'): string[];
  /** A marker on the card of a challenge that has a draft (widget/draft-marks.tsx). */
  mark(challengeId: string): ComponentChildren;
  /**
   * The pages' buttons (./ListPager.tsx). With the answer chunk rather than before the first
   * paint, which shows the first page; they appear below it, in the room kept for the list.
   */
  Pager: FunctionComponent<PagerProps>;
  /** "No challenges match your search": said only once searching works, with this chunk. */
  noMatch(): string;
}

export interface PagerProps {
  /** From 0. */
  current: number;
  pages: number;
  onPage(page: number): void;
}
const FILTERS_FROM = 6;

interface Props {
  challenges: ChallengeSummary[];
  locale: Locale;
  t: Translate<ListMessages>;
  now: Date;
  onSelect: (id: string) => void;
  /**
   * Given once the answer chunk is here. Until then the filter fields are shown without choices,
   * at their final size, so nothing moves when they arrive.
   */
  extras?: ListExtras | undefined;
  /** The challenge the person came back from: its card gets focus again. */
  focusId?: string | undefined;
}

interface State {
  query: string;
  theme: string;
  area: string;
  page: number;
}

/**
 * A class component on purpose: the list is painted before the answer chunk arrives, and
 * without hooks it does not need `preact/hooks` (about 1 KB gzip) on the first-paint path.
 */
export class ChallengeList extends Component<Props, State> {
  override state: State = { query: '', theme: '', area: '', page: 0 };
  private readonly returnRef = createRef<HTMLButtonElement>();
  private memo?: { key: unknown[]; matching: ChallengeSummary[] };

  override componentDidMount() {
    this.returnRef.current?.focus();
  }

  private matching(): ChallengeSummary[] {
    const { challenges, extras } = this.props;
    const { query, theme, area } = this.state;
    const key = [challenges, extras, query, theme, area];
    if (!this.memo || this.memo.key.some((k, i) => k !== key[i])) {
      const found = extras ? extras.filter(challenges, { query, theme, area }) : challenges;
      // Closed challenges after the open ones, each in the feed's order.
      const open = (c: ChallengeSummary) => isAnswerable(c, this.props.now);
      this.memo = { key, matching: found.filter(open).concat(found.filter((c) => !open(c))) };
    }
    return this.memo.matching;
  }

  override render(
    { challenges, locale, t, now, onSelect, focusId, extras }: Props,
    { theme, area, query, page }: State,
  ) {
    const showFilters = challenges.length >= FILTERS_FROM;
    const choices = (key: 'theme' | 'area') =>
      showFilters && extras ? extras.choices(challenges, key) : [];
    const matching = this.matching();
    const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
    const current = Math.min(page, pages - 1);
    const visible = matching.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
    const update = (key: 'query' | 'theme' | 'area') => (event: Event) =>
      this.setState({ [key]: (event.currentTarget as HTMLInputElement).value, page: 0 });
    const setPage = (next: number) => this.setState({ page: next });

    if (challenges.length === 0) return <p>{t('empty')}</p>;
    return (
      <div>
        {showFilters && (
          // biome-ignore lint/a11y/useSemanticElements: <search> has no role in older browsers.
          <div class="filters" role="search">
            <label>
              {t('search')}
              <input type="search" value={query} onInput={update('query')} />
            </label>
            {
              <Choice
                label={t('theme')}
                all={t('all')}
                values={choices('theme')}
                value={theme}
                onChange={update('theme')}
              />
            }
            {
              <Choice
                label={t('area')}
                all={t('all')}
                values={choices('area')}
                value={area}
                onChange={update('area')}
              />
            }
          </div>
        )}
        <p class="muted" aria-live="polite">
          {/* Nothing matches only once searching works, which comes with the extras. */}
          {matching.length === 0
            ? extras?.noMatch()
            : t('count', { shown: visible.length, count: matching.length })}
        </p>
        <ul class="list">
          {visible.map((challenge) => (
            <li key={challenge.id}>
              <button
                type="button"
                class="card"
                ref={challenge.id === focusId ? this.returnRef : undefined}
                onClick={() => onSelect(challenge.id)}
              >
                <span class="t">{challenge.title}</span>
                <span class="meta">
                  {!isAnswerable(challenge, now) && <span class="badge">{t('closed')} </span>}
                  {extras?.mark(challenge.id)}
                  {/* The deadline first: on a narrow screen the line wraps after it. */}
                  {[
                    challenge.deadline &&
                      t('deadline', { date: formatDate(challenge.deadline, locale) }),
                    challenge.area,
                    challenge.theme,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {pages > 1 && extras && <extras.Pager current={current} pages={pages} onPage={setPage} />}
      </div>
    );
  }
}

interface ChoiceProps {
  label: string;
  all: string;
  values: string[];
  value: string;
  onChange: (event: Event) => void;
}

function Choice({ label, all, values, value, onChange }: ChoiceProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={onChange}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}
