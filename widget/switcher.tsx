// The language switcher, in the list, on a challenge and in the form: each language named in
// itself, the choice kept for the site (./chosen-locale.ts). It arrives with the answer chunk; the
// first paint keeps its row (`.lang` in the list's styles), so nothing moves when it comes. The
// words change in place: focus, an open form and what is typed in it stay.
import type { FunctionComponent } from 'preact';
import { rememberLocale, translator } from '../utils/i18n';
import type { AnswerStrings, Catalogue, ListStrings } from '../utils/i18n/catalogue';
import { LOCALES, type Locale } from '../utils/i18n/languages';
import { LANGUAGE_NAMES } from '../utils/i18n/names';

/** What the switcher needs of the mount (widget/samskab.tsx). */
export interface SwitchingMount {
  state: { locale: Locale };
  forceUpdate(): void;
  setState(state: { locale: Locale; words: ListStrings }): void;
  /** Loads the widget again in `locale`: for an app that cannot change its words in place. */
  restart(locale: Locale): void;
}

export type LoadStrings = {
  (locale: Locale, part: 'list'): Promise<ListStrings>;
  (locale: Locale, part: 'answer'): Promise<AnswerStrings>;
};

interface SwitchingApp {
  strings?: AnswerStrings | undefined;
  relocale?(locale: Locale, strings: Catalogue): void;
  Switcher?: FunctionComponent;
}

export function addSwitcher(mount: SwitchingMount, app: SwitchingApp, load: LoadStrings): void {
  let chosen: Locale | undefined;
  const choose = async (locale: Locale) => {
    rememberLocale(locale);
    // Arrow keys on a closed <select> choose each language they pass: the last choice wins.
    chosen = locale;
    if (!app.relocale) {
      mount.restart(locale);
      return;
    }
    try {
      const [list, rest] = await Promise.all([load(locale, 'list'), load(locale, 'answer')]);
      if (chosen !== locale) return;
      app.relocale(locale, { ...list, ...rest });
      mount.setState({ locale, words: list });
    } catch (error) {
      // Offline: the switcher shows the language still in use.
      console.error(`Samskab: the words in "${locale}" did not load`, error);
      mount.forceUpdate();
    }
  };
  app.Switcher = () => {
    const { locale } = mount.state;
    const t = translator(app.strings!.answer, locale);
    return (
      <label class="lang">
        {t('language')}
        <select
          value={locale}
          onChange={(event) => void choose(event.currentTarget.value as Locale)}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
    );
  };
}
