// What the module build loads right after the list is painted, as one chunk: the answer app and
// the deep links. One entry on purpose: a chunk of its own for the deep links would not share the
// first paint's chunk (esbuild groups modules by the entries that reach them), and the first paint
// would load one more file.
export { startAnswer } from './answer';
export { linkMount } from './deep-link';
