// What the lazy loop chunks (receipt, status) share with the chunks already loaded. esbuild splits
// shared code by which entry points use it, and puts its runtime helpers with every entry point:
// a new lazy chunk would move the helpers, and anything the chunk shares with the first paint, out
// of the first paint's shared chunk into more files before the list is painted (about 250 B gzip
// more). Each lazy chunk therefore imports this module, which uses every module of the first
// paint's shared chunk, so that chunk keeps serving all entry points as one file. If the first
// paint's shared code changes, the size test says so; add the new module here.
import { createElement, Fragment } from 'preact';
import { summarize } from '../../utils/challenge-summary';
import { fetchFeedJson } from '../../utils/feed-fetch';
import { formatDate, translator } from '../../utils/i18n';
import { AREA_MAX } from '../../utils/schema/limits';
import { isAllowedRemoteUrl } from '../../utils/url';
import { adoptStyles } from '../styles';

export const kit = {
  h: createElement,
  Fragment,
  translator,
  formatDate,
  adoptStyles,
  /** Not used by the chunks: held so that the bundler keeps the first paint's chunk whole. */
  firstPaint: [summarize, fetchFeedJson, isAllowedRemoteUrl, AREA_MAX] as const,
};
export type LoopKit = typeof kit;
