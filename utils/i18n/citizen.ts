// The words of what the receiver shows and mails a citizen about their answer — the status page
// and its pages (server/web/status-page.ts), the confirmation, update and outcome mails
// (server/loop) — in the language the answer was sent in. Server only: the widget and the
// extension never import this file, so none of these words is in their bytes. The status's name
// and the kinds of answer are the widget's own words (./<code>/status.ts, ./<code>/others.ts).

import { CATALOGUES } from './all';
import * as arMail from './ar/mail';
import * as arPage from './ar/status-page';
import type { Catalogue } from './catalogue';
import type { MailMessages } from './da/mail';
import * as daMail from './da/mail';
import type { StatusPageMessages } from './da/status-page';
import * as daPage from './da/status-page';
import * as enMail from './en/mail';
import * as enPage from './en/status-page';
import * as faMail from './fa/mail';
import * as faPage from './fa/status-page';
import { type Translate, translator } from './index';
import { LOCALES, type Locale } from './languages';
import * as plMail from './pl/mail';
import * as plPage from './pl/status-page';
import * as soMail from './so/mail';
import * as soPage from './so/status-page';
import * as trMail from './tr/mail';
import * as trPage from './tr/status-page';
import * as ukMail from './uk/mail';
import * as ukPage from './uk/status-page';

export type { MailMessages, StatusPageMessages };

export interface CitizenCatalogue {
  readonly statusPage: StatusPageMessages;
  readonly mail: MailMessages;
}

export const CITIZEN_CATALOGUES: Record<Locale, CitizenCatalogue> = {
  da: { ...daPage, ...daMail },
  en: { ...enPage, ...enMail },
  ar: { ...arPage, ...arMail },
  fa: { ...faPage, ...faMail },
  tr: { ...trPage, ...trMail },
  pl: { ...plPage, ...plMail },
  uk: { ...ukPage, ...ukMail },
  so: { ...soPage, ...soMail },
};

/**
 * The language to speak to the person who sent an answer: its stored `language` (the primary
 * subtag of the envelope's `locale`, server/data/tables/language.ts) when it is one of ours;
 * Danish for an unknown one, or none (answers registered in the desk, or from old clients).
 */
export const citizenLocale = (language: string | null | undefined): Locale => {
  const code = language?.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === code) ?? 'da';
};

/** Everything one language says to a citizen, with its translators. */
export interface CitizenWords {
  readonly locale: Locale;
  readonly dir: Catalogue['dir'];
  readonly status: Catalogue['status'];
  readonly others: Catalogue['others'];
  readonly page: Translate<StatusPageMessages>;
  readonly mail: Translate<MailMessages>;
}

const made: Partial<Record<Locale, CitizenWords>> = {};

export function citizenWords(locale: Locale): CitizenWords {
  made[locale] ??= {
    locale,
    dir: CATALOGUES[locale].dir,
    status: CATALOGUES[locale].status,
    others: CATALOGUES[locale].others,
    page: translator(CITIZEN_CATALOGUES[locale].statusPage, locale),
    mail: translator(CITIZEN_CATALOGUES[locale].mail, locale),
  };
  return made[locale];
}
