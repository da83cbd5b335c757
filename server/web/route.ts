import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Clock, Config } from '../config';
import type { AllowedOrigins } from '../data/allowed-origins';
import type { Database } from '../data/db';
import type { FreeSpace } from '../data/free-space';
import type { RefusedOrigins } from '../data/refused-origins';
import type { CorsPolicy } from '../http/cors';
import type { RateDecision } from '../http/rate-limit';
import type { Method } from '../http/router';
import type { AddressMatcher } from '../http/trusted-proxies';
import type { MailService } from '../loop/mail-service';
import type { MenuItem } from '../ui/layout';
import type { DeskAccess, Grant } from './grant';
import type { MachineTranslator } from './translation';

/**
 * Who may call a route (server/web/access.ts checks it before the handler runs). `public`: anyone;
 * `inbox-token`: SAMSKAB_INBOX_TOKEN as a bearer token or `?token=`.
 */
export type Access = 'public' | DeskAccess;

/** What the receiver holds for every request, made once per receiver (server/app.ts). */
export interface Services {
  readonly config: Config;
  readonly db: Database;
  readonly clock: Clock;
  readonly newReference: () => string;
  /** The answers' rate limit, by client (clientKey); its buckets live as long as the receiver. */
  readonly limitSubmissions: (clientKey: string) => RateDecision;
  /** The client's address: the peer, or X-Forwarded-For from a trusted proxy (client-address.ts). */
  readonly clientOf: (req: IncomingMessage) => string;
  /** The origin the receiver is reached at: SAMSKAB_PUBLIC_ORIGIN, else where it listens. */
  readonly origin: () => string;
  /** The mail queue: addresses for news, news to queue, the sender to wake. */
  readonly mail: MailService;
  /** The confirm and unsubscribe links' rate limit: the answers' limit, with buckets of its own. */
  readonly limitMailLinks: (clientKey: string) => RateDecision;
  /** The sites whose pages may post answers (server/data/allowed-origins.ts). */
  readonly allowedOrigins: AllowedOrigins;
  /** The sites refused, counted for the desk (server/data/refused-origins.ts). */
  readonly refusedOrigins: RefusedOrigins;
  /** Notes that this request's Origin was refused: counted, and named in its log line. */
  readonly refuseOrigin: (req: IncomingMessage) => void;
  /** Whether the disk under the data is too full for writes (server/data/free-space.ts). */
  readonly freeSpace: FreeSpace;
  readonly desk: DeskServices;
}

/** What the desk keeps for the receiver's lifetime. */
export interface DeskServices {
  /** The receiver's own secret (stored in the database): proxy sign-on CSRF tokens, status links. */
  readonly secret: string;
  /** Whether a peer is one of SAMSKAB_TRUSTED_PROXIES. */
  readonly trustedProxy: AddressMatcher;
  /** The main menu, from the route table's `menu` entries. */
  readonly menu: readonly MenuItem[];
  /** The municipality's machine translation (SAMSKAB_TRANSLATE_URL); none: no buttons for it. */
  readonly translator: MachineTranslator | undefined;
}

/** One request as a handler (and an access check) gets it; `Grant` is what the check found. */
export interface RequestContext extends Grant {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** For a prefix route, the path after the prefix, still percent-encoded; else ''. */
  readonly subpath: string;
  /** For a pattern route (`/desk/answers/:id`), its segments' values, still percent-encoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The route's CORS headers for this request's Origin; {} when it gets none. */
  readonly cors: OutgoingHttpHeaders;
  readonly services: Services;
}

export type Handler = (context: RequestContext) => Promise<void> | void;

interface RouteFields {
  readonly method: Method;
  readonly access: Access;
  readonly cors: CorsPolicy;
  /** A page a person opens in a browser: a refused request gets an HTML page, not JSON. */
  readonly page: boolean;
  readonly handle: Handler;
  /**
   * A desk page in the main menu, with this label: the menu lists them in the table's order,
   * those only admins may open last (server/routes/desk/index.ts).
   */
  readonly menu?: string;
}

/** One entry of the route table (server/routes/index.ts): an exact path, or a prefix. */
export type Route = RouteFields &
  (
    | { readonly path: string; readonly prefix?: never }
    | { readonly prefix: string; readonly path?: never }
  );
