// The challenge page, the forms and the outbox: adopted when the answer chunk loads.
// The error and success colours are only used from here on, so they are set here and not in the
// list's styles, which are paid for before the first paint; dark as there (`data-scheme`). Sides
// are logical, so `dir="rtl"` mirrors them (the honeypot `.hp` is clipped where it stands, not
// pushed off to one side, which would widen a page of the other direction); `.ic` marks an icon that points somewhere (an
// arrow), turned around right to left, where symmetric ones are not.
export const answerCss = `
.root{--er:var(--samskab-error,#b00020);--ok:var(--samskab-ok,#0a6b2e)}
[data-scheme=dark]{--er:#ff9c9c;--ok:#7fdc9f}
@media (prefers-color-scheme:dark){[data-scheme=auto]{--er:#ff9c9c;--ok:#7fdc9f}}
h2,h3{line-height:1.25;margin:0 0 .5em}h2{font-size:1.4em}h3{font-size:1.15em}
a{color:var(--a)}
textarea{font:inherit;color:inherit;border:2px solid var(--ln);border-radius:var(--r);background:var(--bg);padding:.4em .5em;width:100%}
.primary{background:var(--a);color:var(--bg)}
.btn.link{border-color:transparent;padding-inline:0;text-decoration:underline}
a.btn{display:inline-flex;align-items:center}
.nw{white-space:nowrap}
.row{display:flex;flex-wrap:wrap;gap:.5em;align-items:center}
textarea{min-height:8em;resize:vertical}
input[type=checkbox],input[type=radio]{width:1.4em;height:1.4em;min-height:0;margin:.15em 0 0;margin-inline-end:.5em;flex:none;accent-color:var(--a)}
.notice{padding:.75em;border-inline-start:4px solid var(--a);background:var(--so);margin:0 0 1em}
.notice.err{border-color:var(--er)}
.notice.ok{border-color:var(--ok)}
.framing{white-space:pre-line}
.say{justify-content:space-between;margin:0 0 .5em}
.say h3{margin:0}
.wait{visibility:hidden}
.kinds{display:grid;gap:.5em;grid-template-columns:repeat(auto-fit,minmax(12em,1fr));margin:1em 0}
.kinds .btn{width:100%}
.kinds [aria-pressed=true]{background:var(--so);box-shadow:inset 0 0 0 2px var(--a)}
.kinds small{display:block;font-weight:400;color:var(--mu)}
fieldset{border:1px solid var(--ln);border-radius:var(--r);margin:0 0 1em;padding:.75em}
legend{font-weight:700;padding:0 .25em}
.field{margin:0 0 1em}
.field>label,.label{display:block;font-weight:600;margin-bottom:.2em}
.check{display:flex;align-items:flex-start;margin:.25em 0}
.hint{display:block;color:var(--mu);font-size:.9em;margin-bottom:.25em}
.error{display:block;color:var(--er);font-weight:600}
[aria-invalid=true]{border-color:var(--er)}
.hp{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.outbox{list-style:none;padding:0;margin:0}
.ic{display:inline-block}
[dir=rtl] .ic{transform:scaleX(-1)}
.outbox li{border:1px solid var(--ln);border-radius:var(--r);padding:.5em .75em;margin:0 0 .5em}
`;
