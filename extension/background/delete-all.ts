// "Delete all my data" (options page): drafts, outbox, saved list, settings and profile, the
// opt-in content script and the endpoint origins granted at a first send, in that order.
// Permissions the manifest requires cannot be removed, and are not tried.
import { OUTBOX_ALARM } from './outbox-worker';

type Clearable = { clear(): Promise<unknown> };
/** The drafts and outbox (`SamskabStores`). */
type Forgettable = { forgetAll(): Promise<unknown> };

export type DeleteAllDeps = {
  stores: Forgettable | Promise<Forgettable>;
  opportunities: Clearable | Promise<Clearable>;
  alarms: { clear(name: string): Promise<unknown> };
  /** `setScanAll` (`scan-all.ts`), to unregister the content script. */
  setScanAll(enabled: false): Promise<unknown>;
  storage: { local: Clearable; session?: Clearable | undefined };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  /** The manifest's `host_permissions`. */
  requiredOrigins: readonly string[];
  /** Forgets what was detected in each tab. */
  forgetTabs(): void;
  /** Tells the open pages, which then read everything again. */
  deleted(): void;
};

export async function deleteAll(deps: DeleteAllDeps): Promise<void> {
  await (await deps.stores).forgetAll();
  await (await deps.opportunities).clear();
  await deps.alarms.clear(OUTBOX_ALARM);
  await deps.setScanAll(false).catch(() => undefined);
  await deps.storage.local.clear();
  const { origins = [] } = await deps.permissions.getAll();
  const granted = origins.filter((origin) => !deps.requiredOrigins.includes(origin));
  if (granted.length) await deps.permissions.remove({ origins: granted }).catch(() => false);
  await deps.storage.session?.clear().catch(() => undefined);
  deps.forgetTabs();
  deps.deleted();
}
