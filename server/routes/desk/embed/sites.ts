// The sites whose pages may send answers, and those refused (issue 21, points 2 and 3). Staff see
// both lists; admins allow and remove. SAMSKAB_ALLOWED_ORIGINS's sites are shown as fixed: they
// change only with the environment. A refused site is allowed from its row, through a page that
// shows its address in Unicode and in punycode, so a look-alike (`lunde.dk` in Cyrillic letters)
// cannot pass for the real one.

import { inCopenhagen } from '../../../../utils/copenhagen-time';
import { STORED_ORIGINS_MAX } from '../../../data/allowed-origins';
import { recordAudit } from '../../../data/audit';
import { readOriginInput, unicodeOrigin } from '../../../http/origin';
import { alert } from '../../../ui/alert';
import { deskPaths } from '../../../ui/desk-paths';
import { errorSummary, type FieldError, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, pageBasics, sessionOf } from '../../../web/context';
import { seeOther, sendPage, sendProblem } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';

import { embedTrail } from './shared';

/** How many refused sites the page lists (the database keeps more). */
const REFUSED_SHOWN = 50;

/** A site as people read it, with its punycode beside it when that differs. */
export function siteName(origin: string): SafeHtml {
  const shown = unicodeOrigin(origin);
  return shown === origin
    ? html`<span class="embed-site">${origin}</span>`
    : html`<span class="embed-site">${shown}</span> <span class="embed-punycode">(${origin})</span>`;
}

const allowLink = (origin: string) =>
  `${deskPaths.allowSite}?${new URLSearchParams({ origin }).toString()}`;

async function allowedSection(context: RequestContext, admin: boolean): Promise<SafeHtml> {
  const { allowedOrigins, origin } = context.services;
  const stored = await allowedOrigins.stored();
  const csrf = sessionOf(context).csrf;
  const fixedRows = [
    html`<tr><td>${siteName(origin())}</td><td>Modtagerens eget site</td><td>Fast</td></tr>`,
    ...allowedOrigins.fixed.map(
      (site) =>
        html`<tr><td>${siteName(site)}</td><td>Sat i <code>SAMSKAB_ALLOWED_ORIGINS</code></td><td>Fast: kan kun ændres i modtagerens indstillinger</td></tr>`,
    ),
  ];
  const storedRows = stored.map(
    (site) =>
      html`<tr><td>${siteName(site.origin)}</td><td>Tilladt ${inCopenhagen(site.addedAt)}${site.addedBy && html` af ${site.addedBy}`}</td>
<td>${
        admin
          ? html`<form method="post" action="${deskPaths.removeSite}">${csrfField(csrf)}<input type="hidden" name="origin" value="${site.origin}"><button type="submit" class="button button-secondary button-small">Fjern<span class="sr-only"> ${site.origin}</span></button></form>`
          : 'Tilladt i arbejdsbordet'
      }</td></tr>`,
  );
  return html`<section aria-labelledby="allowed-heading"><h2 id="allowed-heading">Tilladte sites</h2>
<table class="table table--compact"><caption class="sr-only">Sites, der må sende svar</caption>
<thead><tr><th scope="col">Site</th><th scope="col">Hvorfra</th><th scope="col">Handling</th></tr></thead>
<tbody>${fixedRows}${storedRows}</tbody></table>
${
  admin
    ? html`<form method="get" action="${deskPaths.allowSite}" class="embed-allow" novalidate>
${textField({ name: 'origin', label: 'Tillad et site', hint: 'Sitets adresse, fx https://www.lunde.dk (resten af en længere adresse tages ikke med). Du ser sitet igen, før det bliver tilladt.', type: 'url', maxLength: 300, required: true })}
<button type="submit" class="button button-primary">Fortsæt</button></form>`
    : html`<p>Kun administratorer kan tillade og fjerne sites.</p>`
}
</section>`;
}

async function refusedSection(context: RequestContext, admin: boolean): Promise<SafeHtml> {
  const { allowedOrigins, refusedOrigins } = context.services;
  const allowed = await allowedOrigins.current();
  const refused = (await refusedOrigins.list(REFUSED_SHOWN)).filter(
    (seen) => !allowed.has(seen.origin),
  );
  return html`<section aria-labelledby="refused-heading"><h2 id="refused-heading">Afviste sites</h2>
<p>Sider, som widgetten blev vist på, men som ikke må sende svar. Et nyt site står her, så snart widgetten bliver vist på det. Borgernes svar derfra venter på deres enhed og kommer frem, når sitet bliver tilladt.</p>
${
  refused.length === 0
    ? html`<p>Ingen sites er blevet afvist.</p>`
    : html`<table class="table table--compact"><caption class="sr-only">Afviste sites, de oftest afviste først</caption>
<thead><tr><th scope="col">Site</th><th scope="col" class="text-right">Afvist</th><th scope="col">Første gang</th><th scope="col">Seneste</th>${admin && html`<th scope="col"><span class="sr-only">Handling</span></th>`}</tr></thead>
<tbody>${refused.map(
        (seen) =>
          html`<tr><td>${siteName(seen.origin)}</td><td class="text-right">${seen.count}</td><td>${inCopenhagen(seen.firstSeen)}</td><td>${inCopenhagen(seen.lastSeen)}</td>${admin && html`<td><a href="${allowLink(seen.origin)}" class="button button-secondary button-small">Tillad dette site<span class="sr-only">: ${seen.origin}</span></a></td>`}</tr>`,
      )}</tbody></table>
<p class="form-hint">Tallet er mindst så mange gange. Bliver rigtig mange forskellige sites afvist, huskes kun de oftest afviste.</p>`
}
</section>`;
}

export async function sitesPage(
  context: RequestContext,
  errors: FieldError[] = [],
  status = 200,
): Promise<void> {
  const admin = sessionOf(context).staff.role === 'admin';
  sendPage(
    context.res,
    {
      ...pageBasics(context, deskPaths.embed),
      title: `${errors.length ? 'Fejl: ' : ''}Sites, der må sende svar`,
      trail: embedTrail('Sites'),
      body: html`<h1>Sites, der må sende svar</h1>
<p>Widgetten kan kun sende svar fra sider på sites, som modtageren tillader. En ændring gælder på alle modtagere inden for 10 sekunder, uden genstart.</p>
${errorSummary(errors)}
${await allowedSection(context, admin)}
${await refusedSection(context, admin)}`,
    },
    status,
  );
}

export const getSites: Handler = (context) => sitesPage(context);

/** The page that asks before a site is allowed, showing exactly what will be. */
export const getAllowSite: Handler = async (context) => {
  const read = readOriginInput(context.url.searchParams.get('origin') ?? '');
  if (!read.ok) return sitesPage(context, [{ field: 'origin', message: read.reason }], 400);
  const { origin } = read;
  const shown = unicodeOrigin(origin);
  const { allowedOrigins } = context.services;
  const already =
    (await allowedOrigins.current()).has(origin) || origin === context.services.origin();
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.embed),
    title: 'Tillad dette site?',
    trail: embedTrail('Tillad et site'),
    body: html`<h1>Tillad dette site?</h1>
<dl class="embed-confirm">
<dt>Sitet, som browseren viser det</dt><dd><code class="embed-site">${shown}</code></dd>
<dt>Som browseren sender det (punycode)</dt><dd><code class="embed-punycode">${origin}</code></dd>
</dl>
${
  shown !== origin &&
  alert('warning', {
    heading: 'Tjek bogstaverne',
    text: 'Adressen har tegn uden for a–z, så de to linjer er forskellige. Et falsk site kan bruge bogstaver, der ligner (et kyrillisk »а« ligner et »a«). Tillad kun sitet, hvis punycode-linjen er kommunens egen adresse.',
  })
}
${
  already
    ? html`<p>Sitet må allerede sende svar.</p><p><a href="${deskPaths.sites}">Tilbage til sites</a></p>`
    : html`<p>Sider på sitet kan derefter sende svar til kommunen. Svar, der venter hos borgerne, kommer frem ved deres næste forsøg.</p>
<form method="post" action="${deskPaths.allowSite}">${csrfField(sessionOf(context).csrf)}<input type="hidden" name="origin" value="${origin}">
<button type="submit" class="button button-primary">Ja, tillad sitet</button> <a href="${deskPaths.sites}" class="button button-secondary">Fortryd</a></form>`
}`,
  });
};

export const postAllowSite: Handler = async (context) => {
  const read = readOriginInput(formOf(context).get('origin') ?? '');
  if (!read.ok) return sitesPage(context, [{ field: 'origin', message: read.reason }], 400);
  const { allowedOrigins, refusedOrigins, db } = context.services;
  const now = nowOf(context);
  const staffId = sessionOf(context).staff.id;
  const outcome = await allowedOrigins.allow(read.origin, staffId, now);
  if (outcome === 'full') {
    return sitesPage(
      context,
      [
        {
          field: 'origin',
          message: `Der kan højst være ${STORED_ORIGINS_MAX} tilladte sites. Fjern et, der ikke bruges.`,
        },
      ],
      409,
    );
  }
  if (outcome === 'added') {
    await recordAudit(db, { staffId, action: 'origin-allowed', subject: read.origin }, now);
    await refusedOrigins.forget(read.origin);
  }
  seeOther(
    context.res,
    withNotice(deskPaths.sites, outcome === 'added' ? 'origin-allowed' : 'origin-already'),
  );
};

export const postRemoveSite: Handler = async (context) => {
  const origin = formOf(context).get('origin') ?? '';
  const { allowedOrigins, db } = context.services;
  const outcome = await allowedOrigins.remove(origin);
  if (outcome === 'fixed') {
    return sendProblem(
      context.res,
      400,
      'Sitet kan ikke fjernes her',
      'Sitet står i modtagerens indstilling SAMSKAB_ALLOWED_ORIGINS og kan kun fjernes dér, af den, der driver modtageren.',
      pageBasics(context, deskPaths.embed),
    );
  }
  if (outcome === 'removed') {
    const now = nowOf(context);
    const staffId = sessionOf(context).staff.id;
    await recordAudit(db, { staffId, action: 'origin-removed', subject: origin }, now);
  }
  seeOther(context.res, withNotice(deskPaths.sites, 'origin-removed'));
};
