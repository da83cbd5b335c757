// Injected by the module build (./build.ts), which compiles JSX to `h(…)`: smaller than preact's
// automatic runtime, which the first paint would otherwise load (about 200 B gzip).
export { Fragment, h } from 'preact';
