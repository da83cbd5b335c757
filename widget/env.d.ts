/** Replaced at build time with package.json's version (widget/build.ts). */
declare const __VERSION__: string;
