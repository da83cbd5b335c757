// "Personoplysninger": find one person's answers when they ask to see or erase what the
// municipality holds about them. The search is a POST form, and its results are the answer to that
// POST, so the person's address or name is never in a URL (and so never in a log line or the
// browser's history). Every search is in the audit log by its kind, never by what was searched.

import { recordAudit } from '../../../data/audit';
import { listChallenges } from '../../../data/challenges';
import {
  findPersonAnswers,
  IDENTITY_CHECKS,
  PERSON_QUERY_MAX,
  type PersonAnswer,
  type PersonQuery,
  readPersonQuery,
  SEARCH_KIND_LABELS,
} from '../../../data/people';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldError, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { KIND_LABELS } from '../../../ui/labels';
import { csrfField } from '../../../ui/layout';
import { shownTime } from '../../../ui/time';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';

/** A person's answers shown (and so exported or erased) at once; more are found by searching again. */
export const PEOPLE_RESULTS_MAX = 200;

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
<td>${shownTime(answer.receivedAt)}</td></tr>`,
  )}</tbody></table>`;
}

export interface PeopleState {
  readonly query?: string;
  readonly errors?: FieldError[];
  /** The answers found for `query`, when it was searched. */
  readonly found?: { answers: PersonAnswer[]; total: number; kind: string };
  /** A reference's answer, found: staff say how they confirmed the person before going on. */
  readonly identity?: { readonly answer: PersonAnswer; readonly errors?: FieldError[] };
  /** The selection's problem (nothing chosen), shown above the results. */
  readonly selectionErrors?: FieldError[];
}

/** The step between a reference and the answers sharing its contact details. */
async function identityStep(
  context: RequestContext,
  identity: NonNullable<PeopleState['identity']>,
): Promise<SafeHtml> {
  const { answer, errors } = identity;
  const titles = await challengeTitles(context);
  const error = errors?.[0]?.message;
  return html`<h2 id="results">Svaret ${answer.reference}</h2>
${answerTable([answer], titles, `Svaret med referencen ${answer.reference}`, false)}
<p>En reference alene viser ikke, hvem der spørger: den kan stå på en kvittering, som andre har set. Før du ser personens andre svar (dem med samme e-mail eller telefonnummer), skal du bekræfte personens identitet og skrive, hvordan du gjorde. Det står i loggen sammen med referencen.</p>
${errorSummary(errors)}
<form method="post" action="${deskPaths.peopleIdentity}" novalidate>${csrfField(sessionOf(context).csrf)}
<input type="hidden" name="reference" value="${answer.reference}">
<div class="form-group${error ? ' form-error' : ''}"><fieldset${error ? html` aria-describedby="f-check-error"` : ''}><legend class="form-label">Hvordan har du bekræftet, at personen har skrevet svaret?</legend>
${error && html`<span class="form-error-message" id="f-check-error"><span class="sr-only">Fejl:</span> ${error}</span>`}
<ul class="nobullet-list">${Object.entries(IDENTITY_CHECKS).map(
    ([code, label], i) =>
      html`<li class="form-group-radio"><input type="radio" class="form-radio" id="${i === 0 ? 'f-check' : `f-check-${code}`}" name="check" value="${code}"><label for="${i === 0 ? 'f-check' : `f-check-${code}`}">${label}</label></li>`,
  )}</ul></fieldset></div>
<button type="submit" class="button button-primary">Bekræft og find personens svar</button>
</form>`;
}

async function results(context: RequestContext, state: PeopleState): Promise<SafeHtml> {
  if (state.identity) return identityStep(context, state.identity);
  const { found } = state;
  if (!found) return html``;
  const session = sessionOf(context);
  if (found.total === 0) {
    return html`<h2 id="results" class="h3">Ingen svar fundet</h2>
<p role="status">Der er ingen svar med ${found.kind === 'reference' ? 'denne' : 'dette'} ${found.kind}. Svar, hvis personoplysninger allerede er slettet eller fjernet efter opbevaringsperioden, kan ikke findes.</p>`;
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
<button type="submit" class="button button-secondary" formaction="${deskPaths.peopleDocument}">Vis de valgte svar som dokument til personen</button>
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
<p>Find alle svar fra én person, når personen beder om at se sine oplysninger eller få dem slettet. E-mail og telefonnummer skal passe præcist; et navn skal være det fulde navn, men store og små bogstaver er ligegyldige. En reference (fx SK-7F3K2Q) finder svaret med den reference, og når du har bekræftet personens identitet, også personens andre svar.</p>
<p>Søgninger, udtræk og sletninger står i loggen med hvem og hvornår, men ikke hvad der blev søgt på.</p>
${errorSummary(state.errors)}
<form method="post" action="${deskPaths.people}" novalidate>${csrfField(session.csrf)}
${textField({ name: 'query', label: 'E-mail, telefonnummer, navn eller reference', hint: 'Fx karen@example.dk, +45 12 34 56 78, Karen Jensen eller SK-7F3K2Q.', value: state.query, required: true, maxLength: PERSON_QUERY_MAX, autocomplete: 'off', errors: state.errors })}
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
          : 'Skriv en e-mail, et telefonnummer, et navn eller en reference.',
      },
    ];
    return peoplePage(context, { query, errors }, 400);
  }
  const { db } = context.services;
  const now = nowOf(context);
  let asked: PersonQuery = person;
  let found = await findPersonAnswers(db, asked, PEOPLE_RESULTS_MAX);
  // A one-word name of six letters may read as a reference ("Hansen"): without "SK" and with no
  // such answer, it is the name that was meant.
  if (person.kind === 'reference' && found.total === 0 && !/^\s*sk/i.test(query)) {
    asked = { kind: 'name', values: [query.trim().toLowerCase()] };
    found = await findPersonAnswers(db, asked, PEOPLE_RESULTS_MAX);
  }
  const kind = SEARCH_KIND_LABELS[asked.kind];
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
  const [answer] = found.answers;
  if (asked.kind === 'reference' && answer)
    return peoplePage(context, { query, identity: { answer } });
  const state = { query, found: { ...found, kind }, ...(selectionErrors && { selectionErrors }) };
  await peoplePage(context, state, selectionErrors ? 400 : 200);
}

export const postPeopleSearch: Handler = (context) =>
  searchPeople(context, formOf(context).get('query') ?? '');
