// "What others said": adopted when its chunk loads, so the answer chunk's styles do not grow.
export const othersCss = `.others{margin:1em 0}
.said{white-space:pre-line}
.others ol,.others ul{list-style:none;margin:0;padding:0}
.others li{border-left:3px solid var(--ln);padding-left:.75em;margin:0 0 1em}
.others h4{margin:0 0 .25em;font-size:1em}
.outcome{border-left:4px solid var(--ok);padding-left:.75em}`;
