// "Personoplysninger": find one person's answers when they ask to see or erase what the
// municipality holds about them. The search is a POST form, and its results are the answer to that
// POST, so the person's address or name is never in a URL (and so never in a log line or the
// browser's history). Every search is in the audit log by its kind, never by what was searched.

import { recordAudit } from '../../../data/audit';
import { listChallenges } from '../../../data/challenges';
import {
  findPersonAnswers,
  PERSON_QUERY_MAX,
  type PersonAnswer,
  readPersonQuery,
  SEARCH_KIND_LABELS,
} from '../../../data/people';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldError, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { KIND_LABELS } from '../../../ui/labels';
import { csrfField } from '../../../ui/layout';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';

/** A person's answers shown (and so exported or erased) at once; more are found by searching again. */
export const PEOPLE_RESULTS_MAX = 200;

export const when = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

export const challengeTitles = async (context: RequestContext) =>
  new Map((await listChallenges(context.services.db)).map((c) => [c.id, c.title]));

/** The answers as a table: reference (a link to the answer), heading, challenge, kind, received. */
export function answerTable(
  answers: readonly PersonAnswer[],
  titles: ReadonlyMap<string, string>,
  caption: string,
  selectable: boolean,
): SafeHtml {
  return html`<table class="table table--compact" id="f-answer"><caption>${caption}</caption>
<thead><tr>${selectable && html`<th scope="col">Vælg</th>`}<th scope="col">Reference</th><th scope="col">Overskrift</th><th scope="col">Udfordring</th><th scope="col">Type</th><th scope="col">Modtaget</th></tr></thead>
<tbody>${answers.map(
    (answer) => html`<tr>${
      selectable &&
      html`<td><div class="form-group-checkbox person-pick"><input type="checkbox" class="form-checkbox" id="answer-${answer.id}" name="answer" value="${answer.id}" checked><label for="answer-${answer.id}"><span class="sr-only">Vælg svar ${answer.reference}</span></label></div></td>`
    }
<td><a href="${deskPaths.answer(answer.id)}">${answer.reference}</a></td>
<td class="person-heading">${answer.heading}</td>
<td>${titles.get(answer.challengeId) ?? answer.challengeId}</td>
<td>${KIND_LABELS[answer.kind]}</td>
<td><time datetime="${answer.receivedAt.toISOString()}">${when.format(answer.receivedAt)}</time></td></tr>`,
  )}</tbody></table>`;
}

export interface PeopleState {
  readonly query?: string;
  readonly errors?: FieldError[];
  /** The answers found for `query`, when it was searched. */
  readonly found?: { answers: PersonAnswer[]; total: number; kind: string };
  /** The selection's problem (nothing chosen), shown above the results. */
  readonly selectionErrors?: FieldError[];
}

async function results(context: RequestContext, state: PeopleState): Promise<SafeHtml> {
  const { found } = state;
  if (!found) return html``;
  const session = sessionOf(context);
  if (found.total === 0) {
    return html`<h2 id="results" class="h3">Ingen svar fundet</h2>
<p role="status">Der er ingen svar med dette ${found.kind}. Svar, hvis personoplysninger allerede er slettet eller fjernet efter opbevaringsperioden, kan ikke findes.</p>`;
  }
  const titles = await challengeTitles(context);
  const shown = found.answers.length;
  return html`<h2 id="results">${found.total === 1 ? '1 svar' : `${found.total} svar`} fra personen</h2>
${shown < found.total && html`<p>Viser de ${shown} nyeste. Eksportér eller slet dem, og søg igen for resten.</p>`}
<p>Tjek, at svarene er fra den samme person, og fjern markeringen ved dem, der ikke er.</p>
${errorSummary(state.selectionErrors)}
<form method="post" action="${deskPaths.peopleExport}">${csrfField(session.csrf)}
<input type="hidden" name="query" value="${state.query ?? ''}">
${answerTable(found.answers, titles, `Svar fundet på ${found.kind}`, true)}
<div class="person-actions">
<button type="submit" class="button button-secondary">Hent de valgte svar som JSON</button>
<button type="submit" class="button button-secondary" formaction="${deskPaths.peopleErase}">Slet personoplysninger i de valgte svar …</button>
</div></form>`;
}

export async function peoplePage(context: RequestContext, state: PeopleState = {}, status = 200) {
  const session = sessionOf(context);
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.people),
      title: state.found ? 'Svar fra en person' : 'Personoplysninger',
      body: html`<h1>Personoplysninger</h1>
<p>Find alle svar fra én person, når personen beder om at se sine oplysninger eller få dem slettet. E-mail og telefonnummer skal passe præcist; et navn skal være det fulde navn, men store og små bogstaver er ligegyldige.</p>
<p>Søgninger, udtræk og sletninger står i loggen med hvem og hvornår, men ikke hvad der blev søgt på.</p>
${errorSummary(state.errors)}
<form method="post" action="${deskPaths.people}" novalidate>${csrfField(session.csrf)}
${textField({ name: 'query', label: 'E-mail, telefonnummer eller navn', hint: 'Fx karen@example.dk, +45 12 34 56 78 eller Karen Jensen.', value: state.query, required: true, maxLength: PERSON_QUERY_MAX, autocomplete: 'off', errors: state.errors })}
<button type="submit" class="button button-primary">Find svar</button>
</form>
${await results(context, state)}`,
    },
    status,
  );
}

export const getPeople: Handler = (context) => peoplePage(context);

/** Searches for `query` and shows the answers, or the form again with what is wrong. */
export async function searchPeople(
  context: RequestContext,
  query: string,
  selectionErrors?: FieldError[],
) {
  const person = readPersonQuery(query);
  if (!person) {
    const errors = [
      {
        field: 'query',
        message: query.trim()
          ? `Skriv højst ${PERSON_QUERY_MAX} tegn.`
          : 'Skriv en e-mail, et telefonnummer eller et navn.',
      },
    ];
    return peoplePage(context, { query, errors }, 400);
  }
  const { db } = context.services;
  const now = nowOf(context);
  const found = await findPersonAnswers(db, person, PEOPLE_RESULTS_MAX);
  const kind = SEARCH_KIND_LABELS[person.kind];
  await recordAudit(
    db,
    {
      staffId: sessionOf(context).staff.id,
      action: 'person-searched',
      subject: kind,
      detail: `${found.total} svar fundet`,
    },
    now,
  );
  const state = { query, found: { ...found, kind }, ...(selectionErrors && { selectionErrors }) };
  await peoplePage(context, state, selectionErrors ? 400 : 200);
}

export const postPeopleSearch: Handler = (context) =>
  searchPeople(context, formOf(context).get('query') ?? '');
