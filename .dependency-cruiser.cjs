// Import rules (issue 11), checked in `npm test` by `npm run lint:deps`. The layers, bottom up:
// utils/ (the shared domain: schemas, stores, outbox, i18n; no UI) → components/ (Preact UI shared
// by the widget and the extension) → widget/ and extension/ + entrypoints/; server/ stands beside
// them on utils/ alone. Type-only imports count too: a cycle of types is still a knot to untie.
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
