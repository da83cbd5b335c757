// Preact as the widget's own chunks get it: from samskab.mjs (it re-exports this object), so that
// they use the first paint's one copy, whose `options` hooks and rendering share. Not for pages.
// widget/lazy-copies.ts makes the chunks' `preact` a module that reads these names from it; a
// chunk importing another name from preact fails the build.
import { createElement, Fragment, options } from 'preact';

export const preact = { options, createElement, Fragment };
