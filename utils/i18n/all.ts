// Every language's whole catalogue at once: for the extension, whose pages are installed with it,
// and the tests. The widget never imports this file; it loads one language's two chunks
// (widget/build.ts).

import * as arAfter from './ar/after-paint';
import * as arList from './ar/list';
import type { Catalogue } from './catalogue';
import * as daAfter from './da/after-paint';
import * as daList from './da/list';
import * as enAfter from './en/after-paint';
import * as enList from './en/list';
import * as faAfter from './fa/after-paint';
import * as faList from './fa/list';
import type { Locale } from './languages';
import * as plAfter from './pl/after-paint';
import * as plList from './pl/list';
import * as soAfter from './so/after-paint';
import * as soList from './so/list';
import * as trAfter from './tr/after-paint';
import * as trList from './tr/list';
import * as ukAfter from './uk/after-paint';
import * as ukList from './uk/list';

export const CATALOGUES: Record<Locale, Catalogue> = {
  da: { ...daList, ...daAfter },
  en: { ...enList, ...enAfter },
  ar: { ...arList, ...arAfter },
  fa: { ...faList, ...faAfter },
  tr: { ...trList, ...trAfter },
  pl: { ...plList, ...plAfter },
  uk: { ...ukList, ...ukAfter },
  so: { ...soList, ...soAfter },
};
