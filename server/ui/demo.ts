import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Challenge } from '../../utils/schema/index';
import { alert } from './alert';
import { escapeHtml, html, type SafeHtml } from './html';

/**
 * A plain list of the challenges for readers without JavaScript, rendered on the server as escaped
 * text. `onlyId` narrows it to the one challenge a page embeds.
 */
export function renderFallback(challenges: readonly Challenge[], onlyId?: string): SafeHtml {
  const shown = challenges.filter((challenge) => (onlyId ? challenge.id === onlyId : true));
  if (shown.length === 0) return html`<p>Der er ingen udfordringer lige nu.</p>`;
  return html`<ul class="samskab-fallback">${shown.map(
    (challenge) => html`<li>
<h3>${challenge.title}</h3>
<p>${challenge.framing}</p>
${challenge.status === 'closed' ? html`<p>Lukket for svar.</p>` : challenge.deadline && html`<p>Svarfrist: ${challenge.deadline}</p>`}
</li>`,
  )}</ul>`;
}

export interface DemoContext {
  /** The origin the browser used, e.g. `http://127.0.0.1:8080`; already checked to be a URL origin. */
  readonly origin: string;
  readonly challenges: readonly Challenge[];
  /** Whether `dist/widget/samskab.js` exists; without it the page explains how to build it. */
  readonly widgetBuilt: boolean;
}

/** What a page embedding the widget says when it has not been built. */
export const widgetMissingNotice = () =>
  alert('warning', {
    role: 'status',
    heading: 'Widgetten er ikke bygget',
    text: html`Kør <code>npm run build:widget</code> (det gør <code>npm start</code>) og genindlæs siden.`,
  });

/** Whether the widget's loader is there to be served from `/widget/`. */
export const widgetIsBuilt = (widgetDir: string) => existsSync(join(widgetDir, 'samskab.js'));

const PLACEHOLDER = /\{\{(ORIGIN|WIDGET_NOTICE|FALLBACK)(?::([a-z0-9-]+))?\}\}/g;

/**
 * Fills a demo page template. The widget's endpoint and feed must be absolute URLs, and the
 * origin differs between `npm start`, tests on random ports and a developer's `localhost`, so the
 * page is templated per request rather than written with a fixed port.
 */
export function fillDemoTemplate(template: string, context: DemoContext): string {
  return template.replace(PLACEHOLDER, (_match, name: string, argument: string | undefined) => {
    switch (name) {
      case 'ORIGIN':
        return escapeHtml(context.origin);
      case 'WIDGET_NOTICE':
        return context.widgetBuilt ? '' : widgetMissingNotice().value;
      default:
        return renderFallback(context.challenges, argument).value;
    }
  });
}

export async function renderDemoPage(
  dirs: { demo: string; widget: string },
  page: string,
  context: Omit<DemoContext, 'widgetBuilt'>,
): Promise<string> {
  const template = await readFile(join(dirs.demo, page), 'utf8');
  return fillDemoTemplate(template, {
    ...context,
    widgetBuilt: widgetIsBuilt(dirs.widget),
  });
}
