/** Replaced at build time with package.json's version (widget/build.ts). */
declare const __VERSION__: string;
/** Replaced at build time with the hash in the names of the strings' chunks (widget/build.ts). */
declare const __STRINGS__: string;
