// Creating and editing a challenge: every field of the contract's Challenge, validated with its zod
// schema (server/routes/desk/challenges/challenge-form.ts), each problem at its field and in the summary, what was
// typed kept. The id is chosen once, when the challenge is made: answers and embedded pages name it.

import { KINDS, RESOURCE_TYPES } from '../../../../utils/schema/common';
import { QUESTIONS_MAX } from '../../../../utils/schema/limits';
import {
  createChallenge,
  type DeskChallenge,
  findDeskChallenge,
  isPublished,
  saveChallenge,
} from '../../../data/challenge-store';
import { alert } from '../../../ui/alert';
import { deskPaths } from '../../../ui/desk-paths';
import {
  checkbox,
  checkboxGroup,
  errorSummary,
  type FieldError,
  type FieldErrors,
  selectField,
  textArea,
  textField,
} from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { KIND_HEADINGS, RESOURCE_LABELS } from '../../../ui/labels';
import { csrfField } from '../../../ui/layout';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { seeOther, sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import {
  type ChallengeFormValues,
  CONTACT_FIELDS,
  emptyValues,
  FIELD_MAX,
  questionField,
  readChallengeForm,
  valuesFromChallenge,
  valuesFromForm,
} from './challenge-form';
import { challengeOr404, challengeTrail } from './shared';
import { translationsSection } from './translations-view';

/** Paths under /desk/challenges that are pages of their own, not a challenge's id. */
const RESERVED_IDS = new Set(['new']);

const STATUS_CHOICES = [
  ['open', 'Åben for svar'],
  ['closed', 'Lukket'],
] as const;

function challengeForm(
  values: ChallengeFormValues,
  options: { action: string; creating: boolean; version?: string; errors?: FieldErrors },
  csrf: string,
): SafeHtml {
  const { errors } = options;
  return html`${errorSummary(errors)}
<form method="post" action="${options.action}" novalidate class="challenge-form">${csrfField(csrf)}
${options.version && html`<input type="hidden" name="version" value="${options.version}">`}
${
  options.creating
    ? textField({
        name: 'id',
        label: 'Id',
        hint: 'Udfordringens faste navn i adresser og på hjemmesiden (data-challenge): små bogstaver a–z, tal og bindestreger, fx ensomhed-lunde. Kan ikke ændres bagefter.',
        value: values.id,
        maxLength: FIELD_MAX.id,
        required: true,
        errors,
      })
    : html`<p><span class="form-label">Id</span> <code>${values.id}</code> <span class="form-hint">Id kan ikke ændres: svar og hjemmesider henviser til det.</span></p>`
}
${textField({ name: 'title', label: 'Titel', value: values.title, maxLength: FIELD_MAX.title, required: true, errors })}
${textArea({
  name: 'framing',
  label: 'Sådan ser kommunen udfordringen',
  hint: 'Kommunens beskrivelse af problemet. Vises som almindelig tekst; linjeskift bevares.',
  value: values.framing,
  maxLength: FIELD_MAX.framing,
  rows: 8,
  required: true,
  errors,
})}
<fieldset class="form-group"><legend class="form-label">Spørgsmål til borgerne</legend>
<span class="form-hint">Op til ${QUESTIONS_MAX}. Uden spørgsmål spørger widgetten “Hvad ser du? Hvad foreslår du?”.</span>
${values.questions.map((question, index) =>
  textField({
    name: questionField(index),
    label: `Spørgsmål ${index + 1}`,
    value: question,
    maxLength: FIELD_MAX.question,
    errors,
  }),
)}
</fieldset>
${checkboxGroup({
  name: 'seeking',
  legend: 'Hvilke slags svar beder I om?',
  hint: 'Mindst én.',
  choices: KINDS.map((kind) => [kind, KIND_HEADINGS[kind]] as const),
  checked: values.seeking,
  errors,
})}
${checkboxGroup({
  name: 'resourcesWanted',
  legend: 'Ressourcer I især søger',
  hint: 'Vises som “Vi søger især”.',
  choices: RESOURCE_TYPES.map((type) => [type, RESOURCE_LABELS[type]] as const),
  checked: values.resourcesWanted,
  errors,
  optional: true,
})}
${textField({ name: 'area', label: 'Område', hint: 'Bydel eller lokalområde, fx Lunde. Borgerne kan filtrere på det.', value: values.area, maxLength: FIELD_MAX.area, errors })}
${textField({ name: 'theme', label: 'Tema', hint: 'Fx ældre eller ensomhed. Borgerne kan filtrere på det.', value: values.theme, maxLength: FIELD_MAX.theme, errors })}
${textField({ name: 'deadline', label: 'Svarfrist', type: 'date', hint: 'Hele dagen tæller. Derefter kan borgerne ikke svare.', value: values.deadline, errors })}
${selectField({
  name: 'status',
  label: 'Status',
  hint: 'Luk helst udfordringen på dens egen side, hvor du også kan skrive, hvad der kom ud af den.',
  value: values.status,
  choices: STATUS_CHOICES,
  required: true,
  errors,
})}
${checkbox({
  name: 'allowAnonymous',
  label: 'Borgerne må svare uden navn og kontaktoplysninger',
  hint: 'Fjern krydset, hvis et svar skal have navn og e-mail eller telefon.',
  checked: values.allowAnonymous,
})}
<fieldset class="form-group"><legend class="form-label">Kontaktperson hos kommunen</legend>
<span class="form-hint">Vises sammen med udfordringen.</span>
${textField({ name: CONTACT_FIELDS.name, label: 'Navn', value: values.contactName, maxLength: FIELD_MAX.contactName, errors, autocomplete: 'off' })}
${textField({ name: CONTACT_FIELDS.email, label: 'E-mail', type: 'email', value: values.contactEmail, errors, autocomplete: 'off' })}
${textField({ name: CONTACT_FIELDS.phone, label: 'Telefon', type: 'tel', value: values.contactPhone, errors, autocomplete: 'off' })}
</fieldset>
${textField({
  name: 'url',
  label: 'Adresse på kommunens hjemmeside',
  type: 'url',
  hint: 'Siden, hvor udfordringen står, fx https://www.lunde.dk/samskabelse/ensomhed.',
  value: values.url,
  required: true,
  errors,
})}
${translationsSection(values, FIELD_MAX, errors)}
<div class="form-actions"><button type="submit" class="button button-primary">${options.creating ? 'Gem som kladde' : 'Gem ændringerne'}</button>
<a href="${options.creating ? deskPaths.challenges : deskPaths.challenge(values.id)}" class="button button-secondary">Annullér</a></div>
</form>`;
}

function newPage(
  context: RequestContext,
  values: ChallengeFormValues,
  errors?: readonly FieldError[],
) {
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.challenges),
      title: errors?.length ? 'Fejl: Ny udfordring' : 'Ny udfordring',
      trail: [
        { href: deskPaths.home, label: 'Overblik' },
        { href: deskPaths.challenges, label: 'Udfordringer' },
        { label: 'Ny udfordring' },
      ],
      body: html`<h1>Ny udfordring</h1>
<p>Felter uden “(valgfri)” skal udfyldes. Udfordringen gemmes som kladde: den vises kun her på arbejdsbordet og i forhåndsvisningen, indtil du offentliggør den.</p>
${challengeForm(values, { action: deskPaths.challenges, creating: true, ...(errors ? { errors } : {}) }, sessionOf(context).csrf)}`,
    },
    errors?.length ? 400 : 200,
  );
}

/** A colleague saved the challenge while this form was open. */
const conflictNotice = (id: string) =>
  alert('warning', {
    role: 'alert',
    heading: 'En kollega har gemt ændringer imens',
    text: html`Udfordringen blev ændret, mens du redigerede. Dine ændringer er ikke gemt, men står herunder. Se <a href="${deskPaths.challenge(id)}">udfordringens side</a>, eller gem igen for at erstatte kollegaens ændringer med dine.`,
  });

function editPage(
  context: RequestContext,
  item: DeskChallenge,
  values: ChallengeFormValues,
  state: { version: string; errors?: readonly FieldError[]; conflict?: boolean },
) {
  const { errors, conflict } = state;
  const published = isPublished(item, nowOf(context));
  const failed = Boolean(errors?.length) || conflict === true;
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.challenges),
      title: `${failed ? 'Fejl: ' : ''}Rediger ${item.challenge.title}`,
      trail: challengeTrail(item, 'Rediger'),
      body: html`<h1>Rediger udfordringen</h1>
${conflict ? conflictNotice(item.challenge.id) : html`<p>${published ? 'Ændringerne vises i feedet, så snart de er gemt.' : 'Udfordringen er en kladde: ændringerne vises først i feedet, når den er offentliggjort.'}</p>`}
${challengeForm(values, { action: deskPaths.editChallenge(item.challenge.id), creating: false, version: state.version, ...(errors ? { errors } : {}) }, sessionOf(context).csrf)}`,
    },
    conflict ? 409 : errors?.length ? 400 : 200,
  );
}

export const getNewChallenge: Handler = (context) => newPage(context, emptyValues());

export const postNewChallenge: Handler = async (context) => {
  const values = valuesFromForm(formOf(context));
  const read = readChallengeForm(values);
  if (!read.ok) return newPage(context, values, read.errors);
  const { challenge } = read;
  const taken = { field: 'id', message: 'Der findes allerede en udfordring med dette id.' };
  if (RESERVED_IDS.has(challenge.id)) return newPage(context, values, [taken]);
  const session = sessionOf(context);
  const created = await createChallenge(
    context.services.db,
    challenge,
    session.staff.id,
    nowOf(context),
  );
  if (created === 'exists') return newPage(context, values, [taken]);
  seeOther(context.res, withNotice(deskPaths.challenge(challenge.id), 'challenge-created'));
};

export const getEditChallenge: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  editPage(context, item, valuesFromChallenge(item.challenge), { version: item.version });
};

export const postEditChallenge: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const form = formOf(context);
  // The id is the challenge's own, whatever the form says.
  const values = { ...valuesFromForm(form), id: item.challenge.id };
  const version = form.get('version') ?? '';
  const read = readChallengeForm(values);
  if (!read.ok) return editPage(context, item, values, { version, errors: read.errors });
  const saved = await saveChallenge(
    context.services.db,
    read.challenge,
    version,
    sessionOf(context).staff.id,
    nowOf(context),
  );
  if (saved === 'stale') {
    // Shown with what this person typed and the current version, so saving again overwrites.
    const current = (await findDeskChallenge(context.services.db, item.challenge.id)) ?? item;
    return editPage(context, current, values, { version: current.version, conflict: true });
  }
  const notice =
    saved === 'unchanged'
      ? 'saved'
      : isPublished(item, nowOf(context))
        ? 'challenge-saved'
        : 'draft-saved';
  seeOther(context.res, withNotice(deskPaths.challenge(item.challenge.id), notice));
};
