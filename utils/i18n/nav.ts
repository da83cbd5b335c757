// The few words the challenge page adds for drafts, both locales in one small file: it loads with
// the answer chunk, and two catalogue files would cost more than the words.
export const navMessages = {
  da: { hasDraft: 'Kladde' },
  en: { hasDraft: 'Draft' },
};
