// The Arabic strings the widget loads right after the list is painted, as one file
// (widget/build.ts makes it a chunk of its own); the list's are in ./list.ts.
export { answer } from './answer';
export { followup } from './followup';
export { others } from './others';
export { receipt } from './receipt';
export { statusLabels as status } from './status';
