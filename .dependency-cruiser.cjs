// Import rules (issue 11), checked in `npm test` by `npm run lint:deps`. The layers, bottom up:
// utils/ (the shared domain: schemas, stores, outbox, i18n; no UI) → components/ (Preact UI shared
// by the widget and the extension) → widget/ and extension/ + entrypoints/; server/ stands beside
// them on utils/ alone, in layers of its own (SERVER_LAYERS). Type-only imports count too: a cycle
// of types is still a knot to untie.

/**
 * What each server layer stands on (server/README.md, "How the code is laid out"); it may import
 * nothing else of the server. Bottom up: http/ (HTTP plumbing), config.ts (the settings, parsed
 * with http/'s parsers), data/ (SQL and stores), loop/ (mail), ui/ (markup, words, formats: on
 * nothing of the server), web/ (what a handler gets and how it answers), routes/ (pages and
 * handlers); above them the entry points (app.ts, start.ts, main.ts, env.ts, tools/) that put the
 * layers together. config-error.ts may be imported by any. `SERVER_ABOVE(layer)` is the forbidden
 * rest: the other layer folders, and the entry points.
 */
const SERVER_LAYERS = {
  http: [],
  config: ['http'],
  data: ['config'],
  loop: ['config', 'data'],
  ui: [],
  web: ['config', 'http', 'data', 'loop', 'ui'],
  routes: ['config', 'http', 'data', 'loop', 'ui', 'web'],
};
const SERVER_FOLDERS = ['http', 'data', 'loop', 'ui', 'web', 'routes', 'tools'];
const ENTRY_POINTS = ['app', 'start', 'main', 'env'];
function SERVER_ABOVE(layer) {
  const allowed = new Set([layer, ...SERVER_LAYERS[layer]]);
  const folders = SERVER_FOLDERS.filter((folder) => !allowed.has(folder));
  const top = [...ENTRY_POINTS, ...(allowed.has('config') ? [] : ['config'])];
  return [`^server/(${folders.join('|')})/`, `^server/(${top.join('|')})\\.ts$`];
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other cannot be understood, tested or loaded one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-no-ui-or-apps',
      severity: 'error',
      comment:
        'utils/ is the shared domain: the widget, the extension and the server all build on it.',
      from: { path: '^utils/' },
      to: {
        path: [
          '^(components|widget|extension|entrypoints|server)/',
          '^node_modules/(preact|@preact|wxt)/',
        ],
      },
    },
    {
      name: 'components-import-no-app',
      severity: 'error',
      comment:
        'components/ serve the widget and the extension alike; they get what they need as props.',
      from: { path: '^components/' },
      to: { path: '^(widget|extension|entrypoints|server)/' },
    },
    {
      name: 'server-imports-only-the-domain',
      severity: 'error',
      comment: 'The receiver shares the contract (utils/), never browser code.',
      from: { path: '^server/' },
      to: { path: '^(components|widget|extension|entrypoints)/' },
    },
    {
      name: 'widget-imports-no-extension',
      severity: 'error',
      comment: 'The widget runs on municipal pages; extension code has no business there.',
      from: { path: '^widget/' },
      to: { path: '^(extension|entrypoints|server)/' },
    },
    {
      name: 'extension-imports-no-widget-or-server',
      severity: 'error',
      comment: 'The extension shares components and utils with the widget, not the widget itself.',
      from: { path: '^(extension|entrypoints)/' },
      to: { path: '^(widget|server)/' },
    },
    {
      name: 'clients-import-no-desk-words',
      severity: 'error',
      comment:
        "The desk's label tables and its Copenhagen formatter are the server's: none of it may reach the widget's or the extension's bytes (they show the catalogues' words, in the reader's zone).",
      from: { path: '^(widget|components|extension|entrypoints)/' },
      to: {
        path: [
          '^utils/i18n/labels\\.ts$',
          '^utils/i18n/[a-z]+/labels\\.ts$',
          '^utils/copenhagen-time\\.ts$',
        ],
      },
    },
    {
      name: 'citizen-words-are-the-servers',
      severity: 'error',
      comment:
        "The status page's and the mails' words in every language (utils/i18n/citizen.ts) are the receiver's: no widget or extension chunk may carry their bytes.",
      from: { pathNot: '^(server|tests|utils/i18n)/' },
      to: { path: '^utils/i18n/(citizen[.]ts|[a-z]{2}/(status-page|mail)[.]ts)$' },
    },
    // The server's layers, one rule each (SERVER_LAYERS above says what each stands on).
    {
      name: 'server-http-is-plumbing',
      severity: 'error',
      comment:
        'server/http/ is HTTP plumbing any route may use: it knows no database, mail, page, route or desk.',
      from: { path: '^server/http/' },
      to: { path: SERVER_ABOVE('http') },
    },
    {
      name: 'server-data-imports-no-http-or-ui',
      severity: 'error',
      comment:
        'server/data/ is SQL and stores: it answers the same to a route, a start-up job or a test, with no request or markup.',
      from: { path: '^server/data/' },
      to: { path: SERVER_ABOVE('data') },
    },
    {
      name: 'server-loop-imports-no-http-or-ui',
      severity: 'error',
      comment: 'server/loop/ writes and sends mail after a change committed, outside any request.',
      from: { path: '^server/loop/' },
      to: { path: SERVER_ABOVE('loop') },
    },
    {
      name: 'server-ui-imports-no-data',
      severity: 'error',
      comment:
        'server/ui/ turns values into markup and words: it reads no database and no request, so a page is drawn from what a handler gives it.',
      from: { path: '^server/ui/' },
      to: { path: SERVER_ABOVE('ui') },
    },
    {
      name: 'server-web-imports-no-routes',
      severity: 'error',
      comment:
        'server/web/ serves every route (access, context, answers); a route is built on it, never the other way.',
      from: { path: '^server/web/' },
      to: { path: SERVER_ABOVE('web') },
    },
    {
      name: 'server-routes-import-no-entry-point',
      severity: 'error',
      comment:
        'Routes are put together by app.ts and started by start.ts; a handler gets what it needs as services.',
      from: { path: '^server/routes/' },
      to: { path: SERVER_ABOVE('routes') },
    },
    {
      name: 'server-config-imports-only-its-parsers',
      severity: 'error',
      comment:
        'The configuration (config.ts) is read by every layer above HTTP, so it uses only the HTTP parsers of its values.',
      from: { path: '^server/config\\.ts$' },
      to: { path: SERVER_ABOVE('config') },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (a type cycle still ties modules together).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(\\.output|\\.wxt|dist|tests/fixtures/previous-clients)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
