// The desk's embed page (issue 21), for the webmaster as giscus's configuration page is: choose
// the challenges and the language, see the real widget at a computer's and a phone's width, copy
// the code, and read which Content-Security-Policy entries the page needs. Its choices are a GET
// form, so a link (from a challenge's page) can open it with one challenge chosen.
import { listPublicChallenges } from '../../../data/challenges';
import { widgetBuild } from '../../../http/widget-integrity';
import { widgetIsBuilt, widgetMissingNotice } from '../../../ui/demo';
import { deskPaths } from '../../../ui/desk-paths';
import {
  cspChecklist,
  type EmbedChoice,
  type EmbedLocale,
  embedSnippet,
  examplePolicy,
  readReleaseUrl,
} from '../../../ui/embed-snippet';
import { errorSummary, type FieldError, selectField, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { nowOf, pageBasics } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler, RequestContext } from '../../../web/route';
import { LOCALES, previewPath } from './shared';

/** A snippet in a read-only field to select or copy, with a button the page's script shows. */
function snippetField(id: string, label: string, hint: string, code: string): SafeHtml {
  return html`<div class="form-group">
<label class="form-label" for="${id}">${label}</label>
<span class="form-hint" id="${id}-hint">${hint}</span>
<textarea class="form-input embed-code" id="${id}" rows="${Math.min(14, code.split('\n').length + 1)}" readonly spellcheck="false" aria-describedby="${id}-hint">${code}</textarea>
<button type="button" class="button button-secondary" data-copy="${id}" hidden>Kopiér ${label.toLowerCase()}</button>
</div>`;
}

interface Read {
  readonly choice: EmbedChoice;
  readonly errors: FieldError[];
  readonly releaseText: string;
}

/** The choices in the query, each refused in words when it cannot be used. */
function readChoice(
  context: RequestContext,
  published: readonly { id: string }[],
  version: string | undefined,
  integrity: Readonly<Record<string, string>> | undefined,
): Read {
  const query = context.url.searchParams;
  const errors: FieldError[] = [];
  const wanted = query.get('challenge') ?? '';
  const challenge = published.find((c) => c.id === wanted)?.id;
  if (wanted && !challenge)
    errors.push({
      field: 'challenge',
      message:
        'Udfordringen findes ikke eller er ikke offentliggjort (en kladde eller arkiveret). Koden herunder viser alle udfordringer.',
    });
  const locale: EmbedLocale = query.get('locale') === 'en' ? 'en' : 'da';
  const releaseText = (query.get('release') ?? '').slice(0, 500);
  let release: EmbedChoice['release'];
  if (releaseText.trim()) {
    const read = version && integrity ? readReleaseUrl(releaseText, version) : undefined;
    if (!read)
      errors.push({ field: 'release', message: 'Widgetten er ikke bygget på modtageren.' });
    else if (!read.ok) errors.push({ field: 'release', message: read.reason });
    else release = { baseUrl: read.baseUrl, integrity: integrity! };
  }
  return {
    choice: { receiver: context.services.origin(), challenge, locale, ...(release && { release }) },
    errors,
    releaseText,
  };
}

export const getEmbed: Handler = async (context) => {
  const { services } = context;
  const { config, db } = services;
  const published = await listPublicChallenges(db, nowOf(context));
  const build = widgetBuild(config.staticDirs.widget);
  const { choice, errors, releaseText } = readChoice(
    context,
    published,
    build?.version,
    build?.integrity,
  );
  const chosen = published.filter((c) => !choice.challenge || c.id === choice.challenge);
  const feedCode = embedSnippet(choice);
  const inlineCode = embedSnippet(choice, { challenges: chosen });
  const checklist = cspChecklist(choice);
  const [allowed, refused] = await Promise.all([
    services.allowedOrigins.current(),
    services.refusedOrigins.list(50),
  ]);
  const waiting = refused.filter((seen) => !allowed.has(seen.origin)).length;
  const preview = previewPath(choice.challenge, choice.locale);
  const what = choice.challenge ? 'udfordringen' : 'udfordringerne';
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.embed),
    title: `${errors.length ? 'Fejl: ' : ''}Indlejr widgetten`,
    body: html`<h1>Indlejr widgetten på hjemmesiden</h1>
<p class="font-lead">Vælg, hvad widgetten skal vise, se den, som borgerne vil se den, og kopiér koden til kommunens hjemmeside.</p>
${errorSummary(errors)}
<form method="get" action="${deskPaths.embed}" class="embed-choice" novalidate>
${selectField({ name: 'challenge', label: 'Udfordring', value: choice.challenge ?? '', empty: 'Alle udfordringer', choices: published.map((c) => [c.id, c.title] as const), hint: 'Kun offentliggjorte udfordringer: kladder og arkiverede vises ikke på hjemmesiden.', errors })}
${selectField({ name: 'locale', label: 'Sprog', value: choice.locale, choices: LOCALES, required: true })}
${textField({ name: 'release', label: 'Adresse på en udgivelse', value: releaseText, hint: `Kun hvis kommunen selv hoster widgettens filer fra npm run release, fx https://cdn.lunde.dk/samskab/${build?.version ?? '1.0.0'}/. Så får koden integrity-attributter, og browseren afviser filer, der er ændret. Uden adresse hentes widgetten fra modtageren.`, errors })}
<button type="submit" class="button button-primary">Vis</button>
</form>

<section aria-labelledby="preview-heading"><h2 id="preview-heading">Sådan ser det ud</h2>
${widgetIsBuilt(config.staticDirs.widget) ? '' : widgetMissingNotice()}
<p>Herunder er den rigtige widget med de valgte indstillinger. Du kan prøve formularen, men svar sendt herfra bliver ikke modtaget.</p>
<div class="embed-previews">
<figure class="embed-preview embed-preview--wide"><figcaption>På en computer</figcaption>
<iframe src="${preview}" title="Forhåndsvisning af ${what} på en computer" loading="lazy"></iframe></figure>
<figure class="embed-preview embed-preview--narrow"><figcaption>På en mobil (390 px bred)</figcaption>
<iframe src="${preview}" title="Forhåndsvisning af ${what} på en mobil" width="390" loading="lazy"></iframe></figure>
</div></section>

<section aria-labelledby="code-heading"><h2 id="code-heading">Koden til hjemmesiden</h2>
<p>Sæt koden ind, hvor widgetten skal stå. Linket og scriptet må også stå i sidens <code>&lt;head&gt;</code>. Sitet skal også være tilladt: se <a href="${deskPaths.sites}">Sites, der må sende svar</a>.</p>
${snippetField('snippet-feed', choice.challenge ? 'Koden til én udfordring' : 'Koden til alle udfordringer', `Udfordringerne hentes fra modtageren, så en ændring i arbejdsbordet vises med det samme.${choice.challenge ? '' : ' Vælg en udfordring ovenfor for at få koden til kun den ene.'}`, feedCode)}
${snippetField('snippet-inline', 'Koden med udfordringerne i siden', 'Til en side, der ikke må hente udfordringerne fra modtageren. Udfordringerne står i koden, som de er nu: en ændring i arbejdsbordet kommer først med, når koden sættes ind igen. Svarene sendes stadig til modtageren.', inlineCode)}
<p role="status" class="embed-copied" id="copy-status"></p>
</section>

<section aria-labelledby="csp-heading"><h2 id="csp-heading">Content-Security-Policy</h2>
<p>Har siden en Content-Security-Policy, skal den tillade det her (ud over det, siden selv bruger):</p>
<table class="table table--compact"><caption class="sr-only">Hvad sidens Content-Security-Policy skal tillade</caption>
<thead><tr><th scope="col">Direktiv</th><th scope="col">Tilføj</th><th scope="col">Til</th></tr></thead>
<tbody>${checklist.map(
      (entry) =>
        html`<tr><td><code>${entry.directive}</code></td><td><code class="embed-source">${entry.sources.join(' ')}</code></td><td>${entry.why}</td></tr>`,
    )}</tbody></table>
${snippetField('csp-example', 'En hel politik', 'Til en side, der ikke har en Content-Security-Policy endnu: som headeren Content-Security-Policy.', examplePolicy(checklist))}
</section>

<section aria-labelledby="sites-heading"><h2 id="sites-heading">Sites, der må sende svar</h2>
<p>${allowed.size} ${allowed.size === 1 ? 'site må' : 'sites må'} sende svar ud over modtagerens eget.${waiting > 0 ? html` <strong>${waiting} ${waiting === 1 ? 'site er' : 'sites er'} blevet afvist.</strong>` : ''}</p>
<p><a href="${deskPaths.sites}">Se og tillad sites</a></p>
</section>
<script src="/assets/desk-embed.js" defer></script>`,
  });
};
