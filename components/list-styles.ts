// The list's styles, paid for before the first paint: keep them short. Each line ends in a
// backslash, a line continuation: the string holds no newlines, one byte less per rule.
// Colours: light unless the root says otherwise (`data-scheme`, from `data-color-scheme`): `dark`,
// or `auto` under a dark system. The dark rule is written twice on purpose; gzip stores the copy
// in a few bytes, which matching `auto` in script would not. Sides are logical (`start`,
// `inline`), so a `dir="rtl"` root mirrors the layout. No fixed heights on text: with the WCAG
// 1.4.12 spacing or a larger font a card grows instead of cutting its title.
export const listCss = `:host{display:block!important;visibility:visible!important;contain:layout style;font-family:var(--samskab-font,inherit);line-height:1.5}\
.root{color:var(--samskab-fg,#1a1a1a);--a:var(--samskab-accent,#004993);--r:var(--samskab-radius,6px);--bg:var(--samskab-bg,#fff);--mu:var(--samskab-muted,#545454);--ln:var(--samskab-line,#8a8a8a);--so:var(--samskab-soft,#f2f4f7);background:var(--bg);border-radius:var(--r);padding:1em;overflow-wrap:anywhere}\
[data-scheme=dark]{color:var(--samskab-fg-dark,#f2f2f2);--a:var(--samskab-accent-dark,#8cc4ff);--bg:var(--samskab-bg-dark,#16181c);--mu:#c2c2c2;--ln:#8f8f8f;--so:#262a31}\
@media(prefers-color-scheme:dark){[data-scheme=auto]{color:var(--samskab-fg-dark,#f2f2f2);--a:var(--samskab-accent-dark,#8cc4ff);--bg:var(--samskab-bg-dark,#16181c);--mu:#c2c2c2;--ln:#8f8f8f;--so:#262a31}}\
*{box-sizing:border-box}\
p{margin:0 0 .75em}\
button,input,select{font:inherit;color:inherit;min-height:44px;border-radius:var(--r);background:var(--bg)}\
:focus-visible{outline:3px solid var(--a);outline-offset:2px}\
.btn{padding:.5em 1em;border:2px solid var(--a);color:var(--a);font-weight:600;text-align:start;cursor:pointer}\
.filters{display:flex;flex-wrap:wrap;gap:.5em;margin-bottom:.75em}\
.filters label{display:grid;flex:1 1 10em;font-weight:600}\
input,select{border:2px solid var(--ln);padding:.4em .5em;width:100%}\
.list{list-style:none;margin:0;padding:0}\
.card{width:100%;min-height:5.5em;margin:0 0 .5em;padding:.5em .75em;border:1px solid var(--ln);text-align:start;cursor:pointer}\
.t,.meta,.card{display:block}\
.t{min-height:2.5em;line-height:1.25;font-weight:700;color:var(--a);text-decoration:underline}\
.meta,.muted{color:var(--mu)}\
.meta{font-size:.9em}\
.badge{padding:0 .4em;border-radius:var(--r);background:var(--so);font-weight:600}\
.pager,.lang{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;justify-content:space-between}\
.lang{justify-content:flex-end;min-height:44px;margin:0 0 .75em;font-weight:600}\
.lang select{width:auto}`;
