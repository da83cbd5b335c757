// "What others said": adopted when its chunk loads, so the answer chunk's styles do not grow.
// Logical sides: the bars stand at the start of the line, left or right by the text's direction.
export const othersCss = `.others{margin:1em 0}
.said{white-space:pre-line}
.others ol,.others ul{list-style:none;margin:0;padding:0}
.others li{border-inline-start:3px solid var(--ln);padding-inline-start:.75em;margin:0 0 1em}
.others h4{margin:0 0 .25em;font-size:1em}
.outcome{border-inline-start:4px solid var(--ok);padding-inline-start:.75em}`;
