// `/desk/answers/new`: an answer received by phone, letter or at a meeting, registered by staff
// with the widget's fields. Stored like any answer (source `desk`), with how it came in recorded
// in its history.

import { randomUUID } from 'node:crypto';
import { KINDS } from '../../../../utils/kinds';
import { ACTOR_TYPES, RESOURCE_TYPES } from '../../../../utils/schema/common';
import {
  AREA_MAX,
  AVAILABILITY_MAX,
  BODY_MAX,
  EMAIL_MAX,
  NAME_MAX,
  ORGANISATION_MAX,
  PHONE_MAX,
  TITLE_MAX,
} from '../../../../utils/schema/limits';
import { recordAnswerEvent } from '../../../data/answer-events';
import { findChallenge, listChallenges } from '../../../data/challenges';
import { storeSubmission } from '../../../data/submissions';
import { DAYS_KEPT_AFTER_CLOSE } from '../../../data/update-addresses';
import { statusToken } from '../../../loop/status-token';
import { deskPaths } from '../../../ui/desk-paths';
import {
  checkbox,
  errorSummary,
  type FieldErrors,
  radios,
  selectField,
  textArea,
  textField,
} from '../../../ui/forms';
import { html } from '../../../ui/html';
import { ACTOR_LABELS, KIND_LABELS, RESOURCE_LABELS } from '../../../ui/labels';
import { LANGUAGE_CHOICES } from '../../../ui/language-names';
import { csrfField } from '../../../ui/layout';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { seeOther, sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import {
  CHANNELS,
  checkRegistration,
  type RegisterValues,
  readRegisterForm,
} from './answer-register';

const EMPTY: RegisterValues = readRegisterForm(new URLSearchParams());

async function registerPage(
  context: RequestContext,
  values: RegisterValues = EMPTY,
  errors?: FieldErrors,
) {
  const session = sessionOf(context);
  const challenges = await listChallenges(context.services.db);
  const v = values;
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.answers),
      title: `${errors?.length ? 'Fejl: ' : ''}Registrér et svar`,
      trail: [
        { href: deskPaths.home, label: 'Overblik' },
        { href: deskPaths.answers, label: 'Svar' },
        { label: 'Registrér et svar' },
      ],
      body: html`<h1>Registrér et svar</h1>
<p>Et svar, kommunen har fået på telefon, i et brev eller på et møde. Det bliver behandlet som alle andre svar.</p>
${errorSummary(errors)}
<form method="post" action="${deskPaths.registerAnswer}" novalidate class="register-form">${csrfField(session.csrf)}
${selectField({
  name: 'challenge',
  label: 'Udfordring',
  value: v.challenge,
  empty: 'Vælg en udfordring',
  choices: challenges.map(
    (c) => [c.id, `${c.title}${c.status === 'closed' ? ' (lukket)' : ''}`] as const,
  ),
  required: true,
  errors,
})}
${radios({
  name: 'kind',
  legend: 'Type',
  checked: v.kind,
  choices: KINDS.map((kind) => [kind, KIND_LABELS[kind]] as const),
  errors,
})}
${radios({
  name: 'channel',
  legend: 'Hvordan kom svaret ind?',
  checked: v.channel,
  choices: Object.entries(CHANNELS),
  errors,
})}
${textField({ name: 'receivedOn', label: 'Modtaget den', type: 'date', value: v.receivedOn, hint: 'Den dag, svaret kom ind, fx datoen på et brev. Tomt: i dag.', errors })}
${textField({ name: 'title', label: 'Overskrift', value: v.title, maxLength: TITLE_MAX, errors })}
${textArea({ name: 'body', label: 'Hvad personen sagde eller skrev', value: v.body, maxLength: BODY_MAX, rows: 8, required: true, hint: `Højst ${BODY_MAX} tegn. Skriv det så tæt på personens egne ord som muligt.`, errors })}
${selectField({ name: 'language', label: 'Sprog', value: v.language, choices: LANGUAGE_CHOICES, required: true, hint: 'Det sprog, personen talte eller skrev på.', errors })}
<fieldset class="register-group"><legend class="h4">Kun for tilbud</legend>
${selectField({
  name: 'resourceType',
  label: 'Hvad tilbydes',
  value: v.resourceType,
  empty: 'Vælg',
  choices: RESOURCE_TYPES.map((type) => [type, RESOURCE_LABELS[type]] as const),
  requiredWhen: 'skal vælges for et tilbud',
  errors,
})}
${textField({ name: 'availability', label: 'Hvornår', value: v.availability, maxLength: AVAILABILITY_MAX, errors })}
${textField({ name: 'area', label: 'Område', value: v.area, maxLength: AREA_MAX, errors })}
</fieldset>
<fieldset class="register-group"><legend class="h4">Kun for behov og forslag</legend>
${checkbox({ name: 'canHelpImplement', label: 'Personen vil gerne hjælpe med at gennemføre det', checked: v.canHelpImplement })}
</fieldset>
<fieldset class="register-group"><legend class="h4">Om personen</legend>
${selectField({
  name: 'actorType',
  label: 'Svarer som',
  value: v.actorType || 'citizen',
  choices: ACTOR_TYPES.map((type) => [type, ACTOR_LABELS[type]] as const),
  required: true,
  errors,
})}
${textField({ name: 'name', label: 'Navn', value: v.name, maxLength: NAME_MAX, autocomplete: 'off', errors })}
${textField({ name: 'organisation', label: 'Organisation', value: v.organisation, maxLength: ORGANISATION_MAX, autocomplete: 'off', errors })}
${textField({ name: 'email', label: 'E-mail', type: 'email', value: v.email, maxLength: EMAIL_MAX, autocomplete: 'off', errors })}
${textField({ name: 'phone', label: 'Telefon', type: 'tel', value: v.phone, maxLength: PHONE_MAX, autocomplete: 'off', errors })}
${checkbox({ name: 'consent', label: 'Personen har sagt ja til, at kommunen kontakter dem om svaret', checked: v.consent, hint: 'Skal være sat, hvis du skriver e-mail eller telefon.', errors })}
${checkbox({ name: 'publish', label: 'Personen har sagt ja til, at svaret må offentliggøres uden navn og kontaktoplysninger', checked: v.publish })}
${textField({ name: 'updatesEmail', label: 'E-mail til nyt om svaret', type: 'email', value: v.updatesEmail, maxLength: EMAIL_MAX, autocomplete: 'off', hint: `Kun hvis personen vil have en e-mail, når der er nyt om svaret. Det må gerne være den samme adresse som ovenfor. Personen får først en e-mail, der beder dem bekræfte adressen. Den gemmes adskilt fra svaret og slettes ${DAYS_KEPT_AFTER_CLOSE} dage efter, at udfordringen er lukket.`, errors })}
</fieldset>
<button type="submit" class="button button-primary">Registrér svaret</button>
</form>`,
    },
    errors?.length ? 400 : 200,
  );
}

export const getRegister: Handler = (context) => registerPage(context);

export const postRegister: Handler = async (context) => {
  const values = readRegisterForm(formOf(context));
  const { db, newReference } = context.services;
  const now = nowOf(context);
  const challenge = values.challenge ? await findChallenge(db, values.challenge) : undefined;
  const verdict = checkRegistration(values, challenge, { id: randomUUID(), now });
  if (!verdict.ok) return registerPage(context, values, verdict.errors);
  // A status token as for any answer: a news mail's link to the answer's status must work.
  const token = statusToken(context.services.desk.secret, verdict.submission.id);
  const { stored } = await storeSubmission(
    db,
    verdict.submission,
    verdict.receivedAt,
    newReference,
    token,
  );
  // As for the widget's answers: kept only where mail can go, and asked to confirm first.
  const news = verdict.updatesEmail
    ? await context.services.mail.takeUpdateAddress(stored.id, verdict.updatesEmail, now)
    : undefined;
  await recordAnswerEvent(
    db,
    {
      answerId: stored.id,
      staffId: sessionOf(context).staff.id,
      what: 'registered',
      detail: verdict.channel,
    },
    now,
  );
  await context.services.mail.noteNewAnswer(stored.id, now);
  seeOther(
    context.res,
    withNotice(
      deskPaths.answer(stored.id),
      news === 'off' ? 'answer-registered-no-mail' : 'answer-registered',
    ),
  );
};
