// The notice a mount shows when its feed has challenges but every one was skipped as invalid: for
// the webmaster, in place of "no challenges right now". Both locales in one small file, loaded
// after the first paint.
export const feedNotice = {
  da: 'Ingen af udfordringerne kan vises: alle {count} i listen har fejl. Til webmasteren: browserens konsol siger, hvilke felter der mangler eller er forkerte.',
  en: 'None of the challenges can be shown: all {count} in the list have errors. For the webmaster: the browser console says which fields are missing or wrong.',
};
