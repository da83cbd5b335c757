// The forms of one answer's page: status, assignee, a note, the reply to the citizen, the public
// version, duplicates. Each redirects back to the answer (303) with a notice, or shows the page
// again with what was typed and the problem at its field (400).

import { BODY_MAX, TITLE_MAX } from '../../../../utils/schema/limits';
import { ANSWER_STATUSES, type AnswerStatus } from '../../../../utils/schema/status';
import {
  addNote,
  clearDuplicate,
  markDuplicate,
  publishAnswer,
  publishReplies,
  publishStatus,
  saveReplyDraft,
  setAssignee,
  setStatus,
  unpublishAnswer,
  withdrawReply,
} from '../../../data/answer-changes';
import { type AnswerRecord, findAnswerIdByReference } from '../../../data/answer-record';
import { ownContactAllowList } from '../../../data/own-contacts';
import {
  type ContactAllowList,
  looksPersonal,
  PERSONAL_DATA_MESSAGES,
} from '../../../data/personal-data';
import { findTemplate, REPLY_MAX } from '../../../data/reply-templates';
import {
  MACHINE_NOTE,
  plainLines,
  replyTranslationProblem,
  translationBlock,
} from '../../../data/reply-translation';
import { listStaff } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import type { FieldError } from '../../../ui/forms';
import { type NoticeCode, withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { seeOther, sendProblem } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { TRANSLATION_PROBLEMS, TranslationError } from '../../../web/translation';
import { NOTE_MAX } from './answer-forms-view';
import { answerOr404, sendAnswerPage } from './answer-page';

const changeOf = (context: RequestContext) => ({
  staffId: sessionOf(context).staff.id,
  now: nowOf(context),
  tell: context.services.mail.tellCitizens,
  tellAssignee: context.services.mail.tellAssignee,
});

const backTo = (context: RequestContext, answer: AnswerRecord, code: NoticeCode, at: string) =>
  seeOther(context.res, `${withNotice(deskPaths.answer(answer.id), code)}#${at}`);

/** An answer whose text and personal data are erased takes no more replies, notes or publishing. */
function refuseErased(context: RequestContext, answer: AnswerRecord): boolean {
  if (!answer.erasedAt) return false;
  sendProblem(
    context.res,
    409,
    'Svaret er slettet',
    'Svarets tekst og personoplysninger er slettet, så det kan ikke længere besvares, noteres eller offentliggøres.',
    pageBasics(context, deskPaths.answers),
  );
  return true;
}

/** A wrapper that finds the answer first (404 otherwise). */
const forAnswer =
  (
    handle: (context: RequestContext, answer: AnswerRecord, form: URLSearchParams) => Promise<void>,
    options: { erased?: 'allowed' } = {},
  ): Handler =>
  async (context) => {
    const answer = await answerOr404(context);
    if (!answer) return;
    if (options.erased !== 'allowed' && refuseErased(context, answer)) return;
    await handle(context, answer, formOf(context));
  };

const fail = (context: RequestContext, answer: AnswerRecord, errors: FieldError[], typed = {}) =>
  sendAnswerPage(context, answer, { errors, typed });

export const postStatus = forAnswer(
  async (context, answer, form) => {
    const status = form.get('status') ?? '';
    if (!(ANSWER_STATUSES as readonly string[]).includes(status)) {
      return fail(context, answer, [{ field: 'status', message: 'Vælg en status.' }]);
    }
    const change = changeOf(context);
    await setStatus(context.services.db, [answer.id], status as AnswerStatus, change);
    if (form.get('action') !== 'publish' || answer.erasedAt) {
      return backTo(context, answer, 'status-changed', 'handling-heading');
    }
    await publishStatus(context.services.db, [answer.id], change);
    context.services.mail.wake();
    backTo(context, answer, 'status-published', 'handling-heading');
  },
  { erased: 'allowed' },
);

export const postAssignee = forAnswer(
  async (context, answer, form) => {
    const wanted = form.get('assignee') ?? '';
    const staff = await listStaff(context.services.db);
    const assignee = staff.find((member) => member.id === wanted && !member.disabledAt);
    if (wanted !== '' && !assignee) {
      return fail(context, answer, [
        { field: 'assignee', message: 'Vælg en aktiv medarbejder, eller "Ingen".' },
      ]);
    }
    await setAssignee(context.services.db, answer.id, assignee?.id ?? null, changeOf(context));
    context.services.mail.wake();
    backTo(context, answer, 'assignee-changed', 'handling-heading');
  },
  { erased: 'allowed' },
);

export const postNote = forAnswer(async (context, answer, form) => {
  const note = form.get('note') ?? '';
  if (note.trim() === '') {
    return fail(context, answer, [{ field: 'note', message: 'Skriv noten.' }], { note });
  }
  if (note.length > NOTE_MAX) {
    return fail(
      context,
      answer,
      [{ field: 'note', message: `Noten må højst være ${NOTE_MAX} tegn.` }],
      { note },
    );
  }
  await addNote(context.services.db, answer.id, note, changeOf(context));
  backTo(context, answer, 'note-added', 'notes-heading');
});

/**
 * The problem with a text that will be public, if any. `allowed`: the municipality's own numbers
 * and addresses, which it may hold (server/data/own-contacts.ts).
 */
function publicTextProblem(
  text: string,
  max: number,
  required: string,
  allowed: ContactAllowList,
): string | undefined {
  if (required && text.trim() === '') return required;
  if (text.length > max) return `Højst ${max} tegn.`;
  const personal = looksPersonal(text, allowed);
  return personal && PERSONAL_DATA_MESSAGES[personal];
}

export const postReply = forAnswer(async (context, answer, form) => {
  const { db } = context.services;
  const action = form.get('action');
  const reply = form.get('reply') ?? '';
  // The reply's machine translation, as staff checked it, and the Danish it was made from.
  const translation = plainLines(form.get('replyTranslation') ?? '');
  const typed = {
    reply,
    replyTranslation: translation,
    replyTranslatedFrom: form.get('replyTranslatedFrom') ?? '',
  };
  if (action === 'translate') return translateReply(context, answer, reply);
  if (action === 'withdraw') {
    await withdrawReply(db, answer.id, changeOf(context));
    return backTo(context, answer, 'reply-withdrawn', 'reply-heading');
  }
  if (action === 'template') {
    // The page again with the template's text in the field, not saved: staff adapt it first.
    const template = await findTemplate(db, form.get('template') ?? '');
    if (!template) {
      return fail(context, answer, [{ field: 'template', message: 'Vælg en skabelon.' }], {
        reply,
      });
    }
    // A new text: a translation of the old one no longer goes with it.
    return sendAnswerPage(context, answer, {
      typed: { reply: template.text, replyTranslation: '' },
    });
  }
  if (action !== 'save' && action !== 'publish') {
    return fail(context, answer, [{ field: 'reply', message: 'Vælg en handling.' }], typed);
  }
  const allowed = await ownContactAllowList(db);
  const problem =
    action === 'publish'
      ? publicTextProblem(reply, REPLY_MAX, 'Skriv beskeden, før den offentliggøres.', allowed)
      : publicTextProblem(reply, REPLY_MAX, '', allowed);
  if (problem) return fail(context, answer, [{ field: 'reply', message: problem }], typed);
  const translationProblem =
    replyTranslationProblem(reply, translation, typed.replyTranslatedFrom) ??
    publicTextProblem(translation, REPLY_MAX, '', allowed);
  if (translationProblem) {
    return fail(
      context,
      answer,
      [{ field: 'replyTranslation', message: translationProblem }],
      typed,
    );
  }
  const change = changeOf(context);
  await saveReplyDraft(db, answer.id, reply, change, translation);
  if (action === 'save') return backTo(context, answer, 'reply-saved', 'reply-heading');
  await publishReplies(db, [answer.id], change);
  context.services.mail.wake();
  backTo(context, answer, 'reply-published', 'reply-heading');
});

/**
 * The reply translated into the answer's language, shown for staff to check; nothing is saved
 * until they save or publish it. The service's failure is said in Danish at the reply.
 */
async function translateReply(context: RequestContext, answer: AnswerRecord, reply: string) {
  const { translator } = context.services.desk;
  const language = answer.language;
  const refuse = (message: string) =>
    fail(context, answer, [{ field: 'reply', message }], { reply });
  if (!translator || !language || language === 'da') {
    return refuse('Beskeden kan ikke maskinoversættes her.');
  }
  if (reply.trim() === '') return refuse('Skriv beskeden på dansk, før du oversætter den.');
  // Checked first: a text that cannot be published is not worth the service's time.
  const allowed = await ownContactAllowList(context.services.db);
  const problem = publicTextProblem(reply, REPLY_MAX, '', allowed);
  if (problem) return refuse(problem);
  let note: string;
  let text: string;
  try {
    [note, text] = await Promise.all([
      translator.translate(MACHINE_NOTE, 'da', language),
      translator.translate(plainLines(reply), 'da', language),
    ]);
  } catch (error) {
    if (!(error instanceof TranslationError)) throw error;
    return refuse(`Beskeden kunne ikke oversættes. ${TRANSLATION_PROBLEMS[error.problem]}`);
  }
  return sendAnswerPage(context, answer, {
    typed: {
      reply,
      replyTranslation: translationBlock(note, text),
      replyTranslatedFrom: reply,
    },
  });
}

export const postPublish = forAnswer(async (context, answer, form) => {
  const { db } = context.services;
  if (form.get('action') === 'unpublish') {
    await unpublishAnswer(db, answer.id, changeOf(context));
    return backTo(context, answer, 'answer-unpublished', 'publish-heading');
  }
  const typed = {
    publicTitle: form.get('publicTitle') ?? '',
    publicText: form.get('publicText') ?? '',
    seeksHelp: form.get('seeksHelp') === 'ja',
  };
  if (!answer.mayPublish) {
    return fail(
      context,
      answer,
      [
        {
          field: 'publicText',
          message: 'Personen har ikke givet samtykke til offentliggørelse.',
        },
      ],
      typed,
    );
  }
  const errors: FieldError[] = [];
  const allowed = await ownContactAllowList(db);
  const titleProblem = publicTextProblem(typed.publicTitle, TITLE_MAX, '', allowed);
  if (titleProblem) errors.push({ field: 'publicTitle', message: titleProblem });
  const textProblem = publicTextProblem(
    typed.publicText,
    BODY_MAX,
    'Skriv den tekst, der skal offentliggøres.',
    allowed,
  );
  if (textProblem) errors.push({ field: 'publicText', message: textProblem });
  if (errors.length) return fail(context, answer, errors, typed);
  const takesHelp = answer.kind === 'need' || answer.kind === 'proposal';
  // What equals the answer's own title and text is stored as null: "published as written".
  const result = await publishAnswer(
    db,
    answer.id,
    {
      publicTitle: typed.publicTitle === (answer.title ?? '') ? null : typed.publicTitle,
      publicText: typed.publicText === answer.body ? null : typed.publicText,
      seeksHelp: takesHelp && typed.seeksHelp,
    },
    changeOf(context),
  );
  if (result === 'no-consent' || result === 'not-found') {
    return fail(
      context,
      answer,
      [{ field: 'publicText', message: 'Svaret kan ikke offentliggøres.' }],
      typed,
    );
  }
  backTo(
    context,
    answer,
    result === 'published' ? 'answer-published' : 'public-version-saved',
    'publish-heading',
  );
});

const DUPLICATE_PROBLEMS = {
  'same-answer': 'Et svar kan ikke være en dublet af sig selv.',
  'original-is-duplicate':
    'Det svar er selv markeret som dublet. Vælg det oprindelige svar, som det henviser til.',
  'has-duplicates':
    'Andre svar er markeret som dubletter af dette svar. Fjern de markeringer først, eller markér dem som dubletter af det andet svar.',
  'not-found': 'Der er intet svar med den reference.',
} as const;

export const postDuplicate = forAnswer(async (context, answer, form) => {
  const { db } = context.services;
  if (form.get('action') === 'clear') {
    await clearDuplicate(db, answer.id, changeOf(context));
    return backTo(context, answer, 'duplicate-cleared', 'duplicate-heading');
  }
  const original = (form.get('original') ?? '').trim();
  if (original === '') {
    return fail(
      context,
      answer,
      [{ field: 'original', message: 'Skriv referencen på det oprindelige svar, fx SK-7F3K2Q.' }],
      { original },
    );
  }
  const originalId = await findAnswerIdByReference(db, original);
  const result = originalId
    ? await markDuplicate(db, answer.id, originalId, changeOf(context))
    : 'not-found';
  if (result !== 'marked') {
    return fail(context, answer, [{ field: 'original', message: DUPLICATE_PROBLEMS[result] }], {
      original,
    });
  }
  backTo(context, answer, 'duplicate-marked', 'duplicate-heading');
});
