// The desk's answers to an address it does not have, in Danish and as pages for a browser (whose
// Accept names HTML): a mistyped path under /desk (404), and a desk address asked for with a method
// it does not take (405; e.g. a form's address opened as a link, as a sign-on proxy may do after
// signing someone in again). A script gets the receiver's JSON, as from any other address.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { notFound } from '../../http/responses';
import { sendProblem } from '../../web/respond';
import type { Handler } from '../../web/route';

/** A browser's navigation asks for HTML; `fetch` and the widget ask for anything (`*\/*`). */
export const wantsHtml = (req: IncomingMessage) => /\btext\/html\b/i.test(req.headers.accept ?? '');

export const getDeskNotFound: Handler = ({ req, res }) => {
  if (!wantsHtml(req)) return notFound(res);
  sendProblem(
    res,
    404,
    'Siden findes ikke',
    'Der er ingen side på arbejdsbordet med den adresse. Den kan være skrevet forkert, eller linket kan være gammelt.',
  );
};

/**
 * A desk address that takes other methods, asked for by a browser: `allow` names the methods (the
 * 405's Allow header). False when the request is not a browser's, for the JSON 405.
 */
export function sendDeskMethodProblem(
  req: IncomingMessage,
  res: ServerResponse,
  allow: string,
): boolean {
  if (!wantsHtml(req)) return false;
  res.setHeader('Allow', allow);
  sendProblem(
    res,
    405,
    'Siden kan ikke åbnes sådan',
    'Adressen hører til en formular på arbejdsbordet og kan ikke åbnes som en side. Gå til arbejdsbordet og find siden derfra. Hvis du var ved at sende en formular, så send den igen derfra.',
  );
  return true;
}
