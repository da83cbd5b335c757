// What the lazy loop chunks (receipt, status) take from the answer chunk, which has them anyway:
// imported from here, the chunks add no file of helpers of their own.
import { createElement, Fragment } from 'preact';
import { formatDate, translator } from '../../utils/i18n';
import { adoptStyles } from '../styles';

export const kit = {
  h: createElement,
  Fragment,
  translator,
  formatDate,
  adoptStyles,
};
export type LoopKit = typeof kit;
