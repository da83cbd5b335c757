// The list's styles, paid for before the first paint.
export const listCss = `
:host{display:block!important;visibility:visible!important;contain:layout style;
font:inherit;font-family:var(--samskab-font,inherit);font-size:inherit;line-height:1.5;color:var(--samskab-fg,#1a1a1a);
--a:var(--samskab-accent,#004993);--r:var(--samskab-radius,6px);--bg:var(--samskab-bg,#fff);--muted:var(--samskab-muted,#545454);
--line:var(--samskab-line,#8a8a8a);--soft:var(--samskab-soft,#f2f4f7);--err:var(--samskab-error,#b00020);--ok:var(--samskab-ok,#0a6b2e)}
@media (prefers-color-scheme:dark){:host{color:var(--samskab-fg,#f2f2f2);--a:var(--samskab-accent-dark,#8cc4ff);--bg:var(--samskab-bg-dark,#16181c);
--muted:var(--samskab-muted-dark,#c2c2c2);--line:var(--samskab-line-dark,#8f8f8f);--soft:var(--samskab-soft-dark,#262a31);--err:#ff9c9c;--ok:#7fdc9f}}
*,*::before,*::after{box-sizing:border-box}
.root{background:var(--bg);color:inherit;border-radius:var(--r);padding:1em;max-width:100%;overflow-wrap:anywhere}
h2,h3,h4{line-height:1.25;margin:0 0 .5em}h2{font-size:1.4em}h3{font-size:1.15em}h4{font-size:1em}
p{margin:0 0 .75em}
a{color:var(--a)}
button,input,select,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.btn{display:inline-block;min-height:44px;padding:.5em 1em;border:2px solid var(--a);border-radius:var(--r);background:var(--bg);color:var(--a);font-weight:600;text-align:left}
.btn.primary{background:var(--a);color:var(--bg)}
.filters{display:flex;flex-wrap:wrap;gap:.5em;margin-bottom:.75em}
.filters label{display:flex;flex-direction:column;flex:1 1 10em;font-weight:600}
input,select,textarea{min-height:44px;border:2px solid var(--line);border-radius:var(--r);background:var(--bg);padding:.4em .5em;width:100%}
.list{list-style:none;margin:0;padding:0}
.card{display:block;width:100%;height:5.5em;overflow:hidden;margin:0 0 .5em;padding:.5em .75em;border:1px solid var(--line);border-radius:var(--r);background:var(--bg);text-align:left;color:inherit}
.card:hover{border-color:var(--a)}
.card .t{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;height:2.5em;line-height:1.25;font-weight:700;color:var(--a);text-decoration:underline}
.meta{color:var(--muted);font-size:.9em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.badge{display:inline-block;padding:0 .4em;border-radius:var(--r);background:var(--soft);color:inherit;font-weight:600}
.muted{color:var(--muted)}
.pager{display:flex;gap:.5em;align-items:center;justify-content:space-between;margin-top:.5em}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:no-preference){.btn,.card{transition:border-color .15s}}
`;
