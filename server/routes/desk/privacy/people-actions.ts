// What staff do with the answers found for a person: hand them over as one JSON file (a request
// for access), or erase them (a request for erasure), after a page that says what will go and
// asks again. Both act on the answers ticked in the results, so an answer from someone else with
// the same name can be left out; both are in the audit log with the answers' references.

import { recordAudit } from '../../../data/audit';
import { eraseAnswers } from '../../../data/erasure';
import { answersByIds, referenceList } from '../../../data/people';
import { personAnswers, writePersonExport } from '../../../data/person-export';
import { PRIVATE_HEADERS, sendHtml } from '../../../http/responses';
import { alert } from '../../../ui/alert';
import { deskPaths } from '../../../ui/desk-paths';
import { html } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { personDocument } from '../../../web/person-document';
import { seeOther, sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { ClientGone, streamWriter } from '../../../web/stream-out';
import { answerTable, challengeTitles, PEOPLE_RESULTS_MAX, searchPeople } from './people';

const ERASURE_WARNING =
  'Navn, e-mail, telefon, organisation og alt, hvad personen skrev, fjernes fra svarene: fra listerne, søgningen, eksporterne og databasen. Interne noter om svarene slettes, og svarene er ikke længere offentlige. Reference, type, udfordring, tidspunkt og status bliver, så tallene stadig passer.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ticked answers' ids: valid ones only, each once, at most as many as a search shows. */
function pickedIds(form: URLSearchParams): string[] {
  const ids = form.getAll('answer').filter((id) => UUID.test(id));
  return [...new Set(ids.map((id) => id.toLowerCase()))].slice(0, PEOPLE_RESULTS_MAX);
}

/** Nothing ticked: the results again, with the problem above them. */
const nothingPicked = (context: RequestContext) =>
  searchPeople(context, formOf(context).get('query') ?? '', [
    { field: 'answer', message: 'Vælg mindst ét svar.' },
  ]);

/** `POST /desk/people/export`: the ticked answers as a JSON file to download. */
export const postPeopleExport: Handler = async (context) => {
  const ids = pickedIds(formOf(context));
  if (ids.length === 0) return nothingPicked(context);
  const { res, services } = context;
  const now = nowOf(context);
  res.writeHead(200, {
    ...PRIVATE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="samskab-personudtraek-${now.toISOString().slice(0, 10)}.json"`,
  });
  let references: string[] = [];
  try {
    references = await writePersonExport(services.db, ids, now, streamWriter(res));
    res.end();
  } catch (error) {
    if (!(error instanceof ClientGone)) throw error;
  }
  await recordAudit(
    services.db,
    {
      staffId: sessionOf(context).staff.id,
      action: 'person-exported',
      subject: referenceList(references),
      detail: `${references.length} svar`,
    },
    now,
  );
};

/**
 * `POST /desk/people/document`: the ticked answers as one Danish page to print or save and hand
 * to the person, with the same content as the JSON file.
 */
export const postPeopleDocument: Handler = async (context) => {
  const ids = pickedIds(formOf(context));
  if (ids.length === 0) return nothingPicked(context);
  const { db } = context.services;
  const now = nowOf(context);
  const records = [];
  for await (const record of personAnswers(db, ids)) records.push(record);
  await recordAudit(
    db,
    {
      staffId: sessionOf(context).staff.id,
      action: 'person-exported',
      subject: referenceList(records.map((record) => record.reference)),
      detail: `${records.length} svar, som dokument`,
    },
    now,
  );
  sendHtml(context.res, 200, personDocument(records, await challengeTitles(context), now), {
    ...PRIVATE_HEADERS,
    'Referrer-Policy': 'same-origin',
  });
};

/**
 * `POST /desk/people/erase`: without `confirm`, the page that asks; with it, the erasure, then
 * back to the search page with a notice.
 */
export const postPeopleErase: Handler = async (context) => {
  const form = formOf(context);
  const ids = pickedIds(form);
  if (ids.length === 0) return nothingPicked(context);
  const { db } = context.services;
  const session = sessionOf(context);
  if (form.get('confirm') === 'ja') {
    const now = nowOf(context);
    const references = await eraseAnswers(db, ids, session.staff.id, now);
    await recordAudit(
      db,
      {
        staffId: session.staff.id,
        action: 'person-erased',
        subject: referenceList(references),
        detail: `${references.length} svar`,
      },
      now,
    );
    return seeOther(context.res, withNotice(deskPaths.people, 'person-erased'));
  }
  const answers = await answersByIds(db, ids);
  const query = form.get('query') ?? '';
  const count = answers.length === 1 ? '1 svar' : `${answers.length} svar`;
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.people),
    title: 'Slet personoplysninger?',
    body:
      answers.length === 0
        ? html`<h1>Slet personoplysninger?</h1><p>De valgte svar er allerede slettet.</p><p><a href="${deskPaths.people}">Tilbage til Personoplysninger</a></p>`
        : html`<h1>Slet personoplysninger i ${count}?</h1>
${alert('warning', { heading: 'Det kan ikke fortrydes', text: ERASURE_WARNING })}
${answerTable(answers, await challengeTitles(context), 'Svar, der bliver slettet', false)}
<form method="post" action="${deskPaths.peopleErase}" class="person-actions">${csrfField(session.csrf)}
<input type="hidden" name="query" value="${query}">
${answers.map((answer) => html`<input type="hidden" name="answer" value="${answer.id}">`)}
<button type="submit" name="confirm" value="ja" class="button button-primary">Ja, slet oplysningerne i ${count}</button>
<button type="submit" formaction="${deskPaths.people}" class="button button-secondary">Nej, tilbage til søgningen</button>
</form>`,
  });
};
