import type { Notice } from '../../shared/api.js';
import type { ExtensionStorage } from '../storage/db.js';

/** Browser notifications, behind an interface so the rule below tests without a browser. */
export interface Notifier {
  /** Whether the browser has granted the optional `notifications` permission. */
  permitted(): Promise<boolean>;
  show(notice: Notice): Promise<void>;
}

/**
 * Shows each security message once as a browser notification, oldest first, when the person has
 * switched this on in the options and the browser allows it. The page's own panel shows them too.
 */
export async function notifyNewNotices(storage: ExtensionStorage, notifier: Notifier, username: string, notices: readonly Notice[]): Promise<number> {
  const { browserNotifications } = await storage.getSettings();
  if (!browserNotifications || notices.length === 0 || !(await notifier.permitted())) return 0;
  const lastId = await storage.lastNotified(username);
  const fresh = notices.filter((notice) => notice.id > lastId).sort((a, b) => a.id - b.id);
  for (const notice of fresh) await notifier.show(notice);
  const newest = fresh.at(-1);
  if (newest !== undefined) await storage.setLastNotified(username, newest.id);
  return fresh.length;
}
