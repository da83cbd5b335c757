// Admins manage who may use the desk: add a colleague (who gets a one-time link to choose a
// password), change a role, disable or enable an account, make a new link (a forgotten password).
// The last active admin cannot be demoted or disabled: someone must always be able to do this.

import { inCopenhagen } from '../../../utils/copenhagen-time';
import { recordAudit } from '../../data/audit';
import { endSessionsOf } from '../../data/sessions';
import { createSetupLink, SETUP_LINK_TTL_MS } from '../../data/setup-links';
import {
  countAdmins,
  createStaff,
  findStaff,
  findStaffByEmail,
  isEmail,
  listStaff,
  ROLE_LABELS,
  ROLES,
  type Role,
  type StaffMember,
  updateStaff,
} from '../../data/staff';
import { lockedAccounts } from '../../data/throttle';
import { alert } from '../../ui/alert';
import { deskPaths } from '../../ui/desk-paths';
import { errorSummary, type FieldError, selectField, textField } from '../../ui/forms';
import { html, type SafeHtml } from '../../ui/html';
import { csrfField } from '../../ui/layout';
import { withNotice } from '../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf, uuidParam } from '../../web/context';
import { seeOther, sendPage, sendProblem } from '../../web/respond';
import type { Handler, RequestContext } from '../../web/route';

const ROLE_CHOICES = ROLES.map((role) => [role, ROLE_LABELS[role]] as const);

/** The link to give a colleague, shown once on the page that made it (never put in a redirect). */
const setupUrl = (context: RequestContext, secret: string) =>
  `${context.services.origin()}${deskPaths.setup}?token=${secret}`;

function linkBox(context: RequestContext, staff: StaffMember, secret: string): SafeHtml {
  const minutes = SETUP_LINK_TTL_MS / 60_000;
  return alert('success', {
    role: 'status',
    heading: `Engangslink til ${staff.name}`,
    text: [
      `Giv dette link til ${staff.name} (${staff.email}), fx i en besked. Det virker én gang og i ${minutes} minutter; så vælger personen sin adgangskode.`,
      html`<code class="setup-link">${setupUrl(context, secret)}</code>`,
    ],
  });
}

/** Makes a one-time link for `staff`, records who made it, and shows it once on the staff page. */
async function newSetupLink(context: RequestContext, staff: StaffMember, now: Date) {
  const { db } = context.services;
  const secret = await createSetupLink(db, staff.id, now);
  await recordAudit(
    db,
    { staffId: sessionOf(context).staff.id, action: 'setup-link-created', subject: staff.id },
    now,
  );
  await staffPage(context, { box: linkBox(context, staff, secret) });
}

/** What the status column says; a locked account needs a new one-time link to sign in again. */
function staffState(staff: StaffMember, proxy: boolean, locked: boolean): string {
  if (staff.disabledAt) return 'Deaktiveret';
  if (proxy) return 'Aktiv';
  if (locked) return 'Låst efter for mange forkerte adgangskoder: giv et nyt engangslink';
  return staff.hasPassword ? 'Aktiv' : 'Venter på adgangskode';
}

function staffRow(staff: StaffMember, csrf: string, proxy: boolean, locked: boolean): SafeHtml {
  const state = staffState(staff, proxy, locked);
  return html`<tr>
<td>${staff.name}</td><td>${staff.email}</td><td>${ROLE_LABELS[staff.role]}</td><td>${state}</td><td>${inCopenhagen(staff.createdAt, 'date')}</td>
<td><form method="post" action="${deskPaths.staffMember(staff.id)}" class="inline-form">${csrfField(csrf)}
<label class="sr-only" for="role-${staff.id}">Rolle for ${staff.name}</label>
<select class="form-select" id="role-${staff.id}" name="role">${ROLE_CHOICES.map(([value, label]) => html`<option value="${value}"${value === staff.role ? html` selected` : ''}>${label}</option>`)}</select>
<button type="submit" name="action" value="role" class="button button-secondary">Skift rolle<span class="sr-only"> for ${staff.name}</span></button>
<button type="submit" name="action" value="${staff.disabledAt ? 'enable' : 'disable'}" class="button button-secondary">${staff.disabledAt ? 'Aktivér' : 'Deaktivér'}<span class="sr-only"> ${staff.name}</span></button>
${!proxy && html`<button type="submit" name="action" value="link" class="button button-secondary">Nyt engangslink<span class="sr-only"> til ${staff.name}</span></button>`}
</form></td></tr>`;
}

async function staffPage(
  context: RequestContext,
  extra: {
    box?: SafeHtml;
    values?: { name?: string; email?: string; role?: string };
    errors?: FieldError[];
  } = {},
) {
  const session = sessionOf(context);
  const proxy = context.services.config.deskAuth === 'proxy';
  const everyone = await listStaff(context.services.db);
  const locked = proxy ? new Set<string>() : await lockedAccounts(context.services.db);
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.staff),
      title: 'Medarbejdere',
      body: html`<h1>Medarbejdere</h1>
<p>Facilitatorer arbejder med udfordringer og svar. Administratorer kan også oprette medarbejdere, lave API-nøgler, sætte opbevaringsperioden og læse loggen.</p>
${extra.box}
<table class="table table--compact"><caption class="sr-only">Alle medarbejdere</caption>
<thead><tr><th scope="col">Navn</th><th scope="col">E-mail</th><th scope="col">Rolle</th><th scope="col">Status</th><th scope="col">Oprettet</th><th scope="col">Handlinger</th></tr></thead>
<tbody>${everyone.map((staff) => staffRow(staff, session.csrf, proxy, locked.has(staff.email)))}</tbody></table>
<h2 id="new-staff">Tilføj en medarbejder</h2>
${proxy ? html`<p>Medarbejderen logger ind via kommunens single sign-on med denne e-mail.</p>` : html`<p>Medarbejderen får et engangslink og vælger selv sin adgangskode.</p>`}
${errorSummary(extra.errors)}
<form method="post" action="${deskPaths.staff}" novalidate>${csrfField(session.csrf)}
${textField({ name: 'name', label: 'Navn', value: extra.values?.name, required: true, errors: extra.errors })}
${textField({ name: 'email', label: 'E-mail', type: 'email', value: extra.values?.email, required: true, errors: extra.errors })}
${selectField({ name: 'role', label: 'Rolle', value: extra.values?.role ?? 'facilitator', choices: ROLE_CHOICES, required: true })}
<button type="submit" class="button button-primary">Tilføj medarbejder</button>
</form>`,
    },
    extra.errors?.length ? 400 : 200,
  );
}

export const getStaff: Handler = (context) => staffPage(context);

export const postNewStaff: Handler = async (context) => {
  const form = formOf(context);
  const { db } = context.services;
  const now = nowOf(context);
  const session = sessionOf(context);
  const values = {
    name: (form.get('name') ?? '').trim(),
    email: (form.get('email') ?? '').trim(),
    role: form.get('role') ?? '',
  };
  const errors: FieldError[] = [];
  if (!values.name) errors.push({ field: 'name', message: 'Skriv medarbejderens navn.' });
  else if (values.name.length > 200)
    errors.push({ field: 'name', message: 'Navnet må højst være 200 tegn.' });
  if (!isEmail(values.email))
    errors.push({ field: 'email', message: 'Skriv en e-mailadresse som navn@kommune.dk.' });
  else if (await findStaffByEmail(db, values.email)) {
    errors.push({ field: 'email', message: 'Der findes allerede en medarbejder med den e-mail.' });
  }
  if (!(ROLES as readonly string[]).includes(values.role))
    errors.push({ field: 'role', message: 'Vælg en rolle.' });
  if (errors.length) return staffPage(context, { values, errors });
  const staff = await createStaff(
    db,
    { name: values.name, email: values.email, role: values.role as Role },
    now,
  );
  await recordAudit(
    db,
    { staffId: session.staff.id, action: 'staff-created', subject: staff.id, detail: staff.role },
    now,
  );
  if (context.services.config.deskAuth === 'proxy')
    return seeOther(context.res, withNotice(deskPaths.staff, 'staff-changed'));
  await newSetupLink(context, staff, now);
};

export const postStaffChange: Handler = async (context) => {
  const form = formOf(context);
  const { db } = context.services;
  const now = nowOf(context);
  const session = sessionOf(context);
  const id = uuidParam(context, 'id');
  const staff = id && (await findStaff(db, id));
  if (!staff)
    return sendProblem(
      context.res,
      404,
      'Findes ikke',
      'Medarbejderen findes ikke.',
      pageBasics(context, deskPaths.staff),
    );
  const action = form.get('action');
  const lastAdmin = staff.role === 'admin' && !staff.disabledAt && (await countAdmins(db)) <= 1;
  const refuse = (text: string) =>
    sendProblem(
      context.res,
      409,
      'Det kan ikke lade sig gøre',
      text,
      pageBasics(context, deskPaths.staff),
    );
  if (action === 'role') {
    const role = form.get('role');
    if (!(ROLES as readonly string[]).includes(role ?? '')) return refuse('Vælg en rolle.');
    if (lastAdmin && role !== 'admin')
      return refuse('Der skal altid være mindst én aktiv administrator.');
    await updateStaff(db, staff.id, { role: role as Role }, now);
  } else if (action === 'disable' || action === 'enable') {
    if (action === 'disable' && lastAdmin)
      return refuse('Der skal altid være mindst én aktiv administrator.');
    await updateStaff(db, staff.id, { disabled: action === 'disable' }, now);
    if (action === 'disable') await endSessionsOf(db, staff.id);
  } else if (action === 'link' && context.services.config.deskAuth === 'password') {
    return newSetupLink(context, staff, now);
  } else {
    return refuse('Ukendt handling.');
  }
  await recordAudit(
    db,
    { staffId: session.staff.id, action: 'staff-changed', subject: staff.id, detail: action },
    now,
  );
  seeOther(context.res, withNotice(deskPaths.staff, 'staff-changed'));
};
