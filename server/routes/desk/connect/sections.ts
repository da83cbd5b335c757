// Map and connect ("kortlægge og koble"): the sections other desk pages show. The answer page
// shows an answer's connections (an offer's needs and proposals, or a need's or proposal's
// offers) with the forms to add and remove them; a challenge page shows its answers by kind and
// the connections between them. Both are plain headings, lists and a table, so a screen reader
// can move through them by heading, and both work without JavaScript.

import { inCopenhagen } from '../../../../utils/copenhagen-time';
import { KINDS } from '../../../../utils/schema/common';
import type { AnswerCard } from '../../../data/answer-cards';
import { filterParams } from '../../../data/answer-filter';
import {
  challengeAnswers,
  challengeLinks,
  connectionsOf,
  joinedOf,
  offeredHelp,
  responsesOf,
} from '../../../data/connections';
import { findLinkEnd, type LinkEnd } from '../../../data/links';
import { deskPaths } from '../../../ui/desk-paths';
import type { SafeHtml } from '../../../ui/html';
import { html } from '../../../ui/html';
import { kindNoun, STATUS_LABELS } from '../../../ui/labels';
import { csrfField } from '../../../ui/layout';
import { sessionOf } from '../../../web/context';
import type { RequestContext } from '../../../web/route';
import {
  answerName,
  type ChallengeTitles,
  challengeName,
  challengeTitles,
  kindName,
  withoutNotice,
} from './parts';

/** Links and responses shown on one answer's page; a busy offer says how many more there are. */
const CONNECTIONS_SHOWN = 100;
const RESPONSES_SHOWN = 20;
/** A challenge's newest answers of each kind, and its newest links. */
const NEWEST_PER_KIND = 8;
const CHALLENGE_LINKS_SHOWN = 50;

/** This page's path and query without its notice, for forms that come back here. */
export const thisPage = (context: RequestContext) =>
  withoutNotice(`${context.url.pathname}${context.url.search}`);

/** Where an answer belongs, and a word when that is not the challenge the reader is looking at. */
function challengeNote(card: AnswerCard, titles: ChallengeTitles, home: string): SafeHtml {
  return card.challengeId === home
    ? html`Udfordring: ${challengeName(titles, card.challengeId)}`
    : html`<span class="connect-other">Anden udfordring: ${challengeName(titles, card.challengeId)}</span>`;
}

function unlinkForm(context: RequestContext, end: LinkEnd, other: AnswerCard): SafeHtml {
  return html`<form method="post" action="${deskPaths.unlink(end.id)}" class="inline-form">${csrfField(sessionOf(context).csrf)}
<input type="hidden" name="other" value="${other.id}"><input type="hidden" name="next" value="${thisPage(context)}">
<button type="submit" class="button button-secondary">Fjern kobling<span class="sr-only"> mellem ${end.reference} og ${other.reference}</span></button></form>`;
}

/** "Bekræft koblingen" and "Fortryd" for an offer that joined this answer by itself. */
function joinForms(context: RequestContext, end: LinkEnd, offer: AnswerCard): SafeHtml {
  const hidden = html`${csrfField(sessionOf(context).csrf)}<input type="hidden" name="other" value="${offer.id}"><input type="hidden" name="next" value="${thisPage(context)}">`;
  return html`<div class="inline-form"><form method="post" action="${deskPaths.connect(end.id)}" class="inline-form">${hidden}
<button type="submit" class="button button-primary">Bekræft koblingen<span class="sr-only"> mellem ${end.reference} og ${offer.reference}</span></button></form>
<form method="post" action="${deskPaths.undoJoin(end.id)}" class="inline-form">${hidden}
<button type="submit" class="button button-secondary">Fortryd koblingen<span class="sr-only"> mellem ${end.reference} og ${offer.reference}</span></button></form></div>`;
}

/**
 * Offers that joined a need or proposal by themselves ("Jeg vil gerne hjælpe"), as connections
 * waiting for staff to confirm (a link) or undo.
 */
function joinedPart(
  context: RequestContext,
  end: LinkEnd,
  joined: { offers: readonly AnswerCard[]; total: number },
  titles: ChallengeTitles,
): SafeHtml {
  if (joined.total === 0) return html``;
  return html`<h3>Tilbud om hjælp fra borgere, ikke bekræftet (${joined.total})</h3>
<p>Borgerne har selv tilbudt at hjælpe med ${kindNoun(end.kind)}et (“Jeg vil gerne hjælpe”). Bekræft koblingen, når I har talt sammen, eller fortryd den, hvis tilbuddet ikke passer.</p>
<ul class="nobullet-list connect-list">${joined.offers.map(
    (offer) => html`<li class="connect-item">
<p class="connect-item__name">${answerName(offer)}</p>
<p class="connect-item__meta">${challengeNote(offer, titles, end.challengeId)} · Tilbudt ${inCopenhagen(offer.receivedAt)}</p>
${joinForms(context, end, offer)}</li>`,
  )}</ul>${
    joined.total > joined.offers.length &&
    html`<p>Viser de ${joined.offers.length} nyeste af ${joined.total}.</p>`
  }`;
}

const connectLabel = (end: LinkEnd) =>
  end.kind === 'offer'
    ? html`Kobl til behov og forslag<span class="sr-only"> (${end.reference})</span>`
    : html`Kobl et tilbud til ${kindNoun(end.kind)}et<span class="sr-only"> ${end.reference}</span>`;

async function responsesPart(
  context: RequestContext,
  end: LinkEnd,
  titles: ChallengeTitles,
): Promise<SafeHtml> {
  const { respondsTo, responders, respondersTotal } = await responsesOf(
    context.services.db,
    end,
    RESPONSES_SHOWN,
  );
  return html`${
    respondsTo &&
    html`<h3>Svarer på</h3><p>Svarer på ${
      respondsTo.card
        ? html`${answerName(respondsTo.card)} (${challengeName(titles, respondsTo.card.challengeId)})`
        : html`${respondsTo.reference} <span class="muted">(findes ikke blandt svarene her)</span>`
    }</p>`
  }${
    respondersTotal > 0 &&
    html`<h3>Svar, der svarer på dette (${respondersTotal})</h3>
<ul class="nobullet-list connect-list">${responders.map(
      (card) =>
        html`<li><p class="connect-item__name">${answerName(card)}</p><p class="connect-item__meta">${challengeNote(card, titles, end.challengeId)}</p></li>`,
    )}</ul>${
      respondersTotal > responders.length &&
      html`<p>Viser de ${responders.length} nyeste af ${respondersTotal}.</p>`
    }`
  }`;
}

/** The connections section of one answer's page. */
export async function answerConnections(
  context: RequestContext,
  answerId: string,
): Promise<SafeHtml> {
  const { db } = context.services;
  const end = await findLinkEnd(db, answerId);
  if (!end) return html``;
  const titles = await challengeTitles(db);
  const { connections, total } = await connectionsOf(db, end, CONNECTIONS_SHOWN);
  const joined = await offeredHelp(db, end, RESPONSES_SHOWN);
  // Confirmed links to offers that had joined by themselves say so.
  const selfJoined = await joinedOf(
    db,
    end.reference,
    connections.map(({ other }) => other.id),
  );
  const waiting =
    joined.total === 0
      ? ''
      : ` ${joined.total === 1 ? '1 tilbud om hjælp venter' : `${joined.total} tilbud om hjælp venter`} på at blive bekræftet.`;
  const counted =
    end.kind === 'offer'
      ? `Tilbuddet er koblet til ${total} ${total === 1 ? 'behov eller forslag' : 'behov og forslag'}.`
      : `${kindName(end)}et er koblet til ${total} tilbud.${waiting}`;
  return html`<section class="connect-section" aria-labelledby="connections-heading">
<h2 id="connections-heading">Koblinger</h2>
<p>${total === 0 && joined.total === 0 ? 'Ingen koblinger endnu.' : counted}</p>
${joinedPart(context, end, joined, titles)}
${
  connections.length > 0 &&
  html`${joined.total > 0 && html`<h3>Bekræftede koblinger (${total})</h3>`}<ul class="nobullet-list connect-list">${connections.map(
    ({ other, createdAt, createdBy }) => html`<li class="connect-item">
<p class="connect-item__name">${answerName(other)}</p>
<p class="connect-item__meta">${challengeNote(other, titles, end.challengeId)} · ${selfJoined.has(other.id) ? 'Tilbød selv hjælp · ' : ''}Koblet ${inCopenhagen(createdAt)}${createdBy && ` af ${createdBy}`}</p>
${unlinkForm(context, end, other)}</li>`,
  )}</ul>`
}
${total > connections.length && html`<p>Viser de ${connections.length} nyeste af ${total} koblinger.</p>`}
${
  end.erased
    ? html`<p>Svaret er slettet og kan ikke kobles til flere.</p>`
    : html`<p><a class="function-link" href="${deskPaths.connect(end.id)}">${connectLabel(end)}</a></p>`
}
${await responsesPart(context, end, titles)}
</section>`;
}

function kindPart(
  challengeId: string,
  kind: (typeof KINDS)[number],
  count: number,
  newest: readonly AnswerCard[],
): SafeHtml {
  const all = `${deskPaths.answers}?${filterParams({ challenge: challengeId, kind }).toString()}`;
  const noun = kindNoun(kind);
  return html`<h3>${kindName({ kind })} (${count})</h3>
${
  count === 0
    ? html`<p>Ingen ${noun} endnu.</p>`
    : html`<ul class="nobullet-list connect-list">${newest.map(
        (card) =>
          html`<li><p class="connect-item__name">${answerName(card)}</p><p class="connect-item__meta">Status: ${STATUS_LABELS[card.status]} · Modtaget ${inCopenhagen(card.receivedAt)}</p></li>`,
      )}</ul>
<p><a href="${all}">Se udfordringens ${noun} i svarlisten (${count})</a></p>`
}`;
}

function linkEnd(card: AnswerCard, titles: ChallengeTitles, home: string): SafeHtml {
  return html`${answerName(card)}${
    card.challengeId !== home &&
    html`<br><span class="connect-other">Anden udfordring: ${challengeName(titles, card.challengeId)}</span>`
  }`;
}

/** The answers-and-connections section of one challenge's page. */
export async function challengeConnections(
  context: RequestContext,
  challengeId: string,
): Promise<SafeHtml> {
  const { db } = context.services;
  const { counts, newest } = await challengeAnswers(db, challengeId, NEWEST_PER_KIND);
  const { links, total } = await challengeLinks(db, challengeId, CHALLENGE_LINKS_SHOWN);
  const titles = await challengeTitles(db);
  return html`<section class="connect-section" aria-labelledby="challenge-map-heading">
<h2 id="challenge-map-heading">Behov, forslag og tilbud</h2>
<p>${counts.need} behov, ${counts.proposal} forslag og ${counts.offer} tilbud. ${total === 1 ? '1 kobling' : `${total} koblinger`}.</p>
${KINDS.map((kind) => kindPart(challengeId, kind, counts[kind], newest[kind]))}
<h3>Koblinger (${total})</h3>
${
  total === 0
    ? html`<p>Ingen af udfordringens svar er koblet endnu. Tilbud kobles i <a href="${deskPaths.resources}">ressourceoversigten</a>.</p>`
    : html`<table class="table table--compact"><caption>Tilbud koblet til behov og forslag${total > links.length ? `, de ${links.length} nyeste af ${total}` : ''}</caption>
<thead><tr><th scope="col">Tilbud</th><th scope="col">Koblet til</th><th scope="col">Koblet</th></tr></thead>
<tbody>${links.map(
        (link) =>
          html`<tr><td>${linkEnd(link.offer, titles, challengeId)}</td><td>${linkEnd(link.target, titles, challengeId)}</td><td>${inCopenhagen(link.createdAt)}</td></tr>`,
      )}</tbody></table>`
}
</section>`;
}
