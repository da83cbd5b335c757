// `/desk/templates`: the reply templates staff keep and start replies from. A list with a form to
// add one; each has a page to edit it, and a delete button. Templates become public replies, so
// the same check for contact details applies to them.

import { ownContactAllowList } from '../../../data/own-contacts';
import {
  type ContactAllowList,
  looksPersonal,
  PERSONAL_DATA_MESSAGES,
} from '../../../data/personal-data';
import {
  countTemplates,
  createTemplate,
  deleteTemplate,
  findTemplate,
  listTemplates,
  REPLY_MAX,
  type ReplyTemplate,
  TEMPLATE_NAME_MAX,
  TEMPLATES_MAX,
  updateTemplate,
} from '../../../data/reply-templates';
import { deskPaths } from '../../../ui/desk-paths';
import {
  errorSummary,
  type FieldError,
  type FieldErrors,
  textArea,
  textField,
} from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { withNotice } from '../../../ui/notices';
import { shownTime } from '../../../ui/time';
import { formOf, nowOf, pageBasics, sessionOf, uuidParam } from '../../../web/context';
import { seeOther, sendPage, sendProblem } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { excerptOf } from './format';

interface TemplateValues {
  readonly name: string;
  readonly text: string;
}

function templateFields(values: TemplateValues, errors: FieldErrors | undefined): SafeHtml {
  return html`${textField({ name: 'name', label: 'Navn på skabelonen', value: values.name, maxLength: TEMPLATE_NAME_MAX, required: true, hint: 'Kun for medarbejdere, fx "Tak – vi vender tilbage".', errors })}
${textArea({ name: 'text', label: 'Tekst', value: values.text, maxLength: REPLY_MAX, rows: 6, required: true, hint: `Højst ${REPLY_MAX} tegn. Teksten bliver offentlig, når den bruges i en besked: skriv aldrig navne, e-mailadresser, telefonnumre eller andre personoplysninger. Kommunens egne numre og adresser fra Indstillinger må gerne stå i den.`, errors })}`;
}

function row(template: ReplyTemplate, csrf: string): SafeHtml {
  return html`<tr><td><a href="${deskPaths.template(template.id)}">${template.name}</a></td>
<td>${excerptOf(template.text, 120)}</td><td>${shownTime(template.updatedAt)}</td>
<td><form method="post" action="${deskPaths.deleteTemplate(template.id)}">${csrfField(csrf)}<button type="submit" class="button button-secondary">Slet<span class="sr-only"> skabelonen ${template.name}</span></button></form></td></tr>`;
}

async function listPage(
  context: RequestContext,
  values: TemplateValues = { name: '', text: '' },
  errors?: FieldErrors,
) {
  const { csrf } = sessionOf(context);
  const templates = await listTemplates(context.services.db);
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.templates),
      title: `${errors?.length ? 'Fejl: ' : ''}Beskedskabeloner`,
      body: html`<h1>Beskedskabeloner</h1>
<p>Tekster til de beskeder til borgerne, I skriver tit. På et svars side kan du starte en besked fra en skabelon og rette den til.</p>
${
  templates.length > 0
    ? html`<table class="table table--compact"><caption class="sr-only">Alle beskedskabeloner</caption>
<thead><tr><th scope="col">Navn</th><th scope="col">Tekst</th><th scope="col">Ændret</th><th scope="col">Handlinger</th></tr></thead>
<tbody>${templates.map((template) => row(template, csrf))}</tbody></table>`
    : html`<p>Der er ingen skabeloner endnu.</p>`
}
<h2 id="new-template">Ny skabelon</h2>
${errorSummary(errors)}
<form method="post" action="${deskPaths.templates}" novalidate>${csrfField(csrf)}
${templateFields(values, errors)}
<button type="submit" class="button button-primary">Gem skabelonen</button></form>`,
    },
    errors?.length ? 400 : 200,
  );
}

/** The form's template, and what is wrong; `allowed`: the municipality's own numbers. */
function readTemplate(
  form: URLSearchParams,
  allowed: ContactAllowList,
): { values: TemplateValues; errors: FieldError[] } {
  const values = { name: (form.get('name') ?? '').trim(), text: form.get('text') ?? '' };
  const errors: FieldError[] = [];
  if (!values.name) errors.push({ field: 'name', message: 'Giv skabelonen et navn.' });
  else if (values.name.length > TEMPLATE_NAME_MAX)
    errors.push({ field: 'name', message: `Navnet må højst være ${TEMPLATE_NAME_MAX} tegn.` });
  const personal = looksPersonal(values.text, allowed);
  if (!values.text.trim()) errors.push({ field: 'text', message: 'Skriv skabelonens tekst.' });
  else if (values.text.length > REPLY_MAX)
    errors.push({ field: 'text', message: `Teksten må højst være ${REPLY_MAX} tegn.` });
  else if (personal) errors.push({ field: 'text', message: PERSONAL_DATA_MESSAGES[personal] });
  return { values, errors };
}

export const getTemplates: Handler = (context) => listPage(context);

export const postNewTemplate: Handler = async (context) => {
  const { db } = context.services;
  const { values, errors } = readTemplate(formOf(context), await ownContactAllowList(db));
  if ((await countTemplates(db)) >= TEMPLATES_MAX) {
    errors.push({ field: 'name', message: `Der kan højst være ${TEMPLATES_MAX} skabeloner.` });
  }
  if (errors.length) return listPage(context, values, errors);
  await createTemplate(db, values, sessionOf(context).staff.id, nowOf(context));
  seeOther(context.res, withNotice(deskPaths.templates, 'template-saved'));
};

async function templateOr404(context: RequestContext): Promise<ReplyTemplate | undefined> {
  const id = uuidParam(context, 'id');
  const template = id && (await findTemplate(context.services.db, id));
  if (template) return template;
  sendProblem(
    context.res,
    404,
    'Skabelonen findes ikke',
    'Skabelonen kan være slettet.',
    pageBasics(context, deskPaths.templates),
  );
  return undefined;
}

function editPage(
  context: RequestContext,
  template: ReplyTemplate,
  values: TemplateValues,
  errors?: FieldErrors,
) {
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.templates),
      title: `${errors?.length ? 'Fejl: ' : ''}Ret skabelonen ${template.name}`,
      trail: [
        { href: deskPaths.home, label: 'Overblik' },
        { href: deskPaths.templates, label: 'Beskedskabeloner' },
        { label: template.name },
      ],
      body: html`<h1>Ret skabelonen</h1>
${errorSummary(errors)}
<form method="post" action="${deskPaths.template(template.id)}" novalidate>${csrfField(sessionOf(context).csrf)}
${templateFields(values, errors)}
<button type="submit" class="button button-primary">Gem ændringerne</button></form>
<p><a href="${deskPaths.templates}">Tilbage til skabelonerne</a></p>`,
    },
    errors?.length ? 400 : 200,
  );
}

export const getTemplate: Handler = async (context) => {
  const template = await templateOr404(context);
  if (template) editPage(context, template, template);
};

export const postTemplate: Handler = async (context) => {
  const template = await templateOr404(context);
  if (!template) return;
  const allowed = await ownContactAllowList(context.services.db);
  const { values, errors } = readTemplate(formOf(context), allowed);
  if (errors.length) return editPage(context, template, values, errors);
  await updateTemplate(context.services.db, template.id, values, nowOf(context));
  seeOther(context.res, withNotice(deskPaths.templates, 'template-saved'));
};

export const postDeleteTemplate: Handler = async (context) => {
  const template = await templateOr404(context);
  if (!template) return;
  await deleteTemplate(context.services.db, template.id);
  seeOther(context.res, withNotice(deskPaths.templates, 'template-deleted'));
};
