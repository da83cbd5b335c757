import type { KeptForm } from '../data/kept-forms';
import type { Session } from '../data/sessions';

/** The kinds of desk access a route may ask for (server/web/desk-access.ts checks them). */
export type DeskAccess = 'staff' | 'admin' | 'export' | 'public-form';

/** What a passed access check hands to the handler. */
export interface Grant {
  readonly session?: Session;
  readonly apiKey?: { readonly id: string; readonly name: string };
  /** A POST's form, read once by the check (the CSRF token is in it) and given to the handler. */
  readonly form?: URLSearchParams;
  /** What was typed before the session ended, to fill back into its form (kept-forms.ts). */
  readonly kept?: KeptForm;
}
