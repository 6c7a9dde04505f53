/**
 * Whose session each portal tab is showing, as the helper last said in that tab's page-context
 * answer. Handlers that only keep things in this browser (guide progress, snoozes) read it instead
 * of asking the helper again on every click; the helper still decides everything it is asked to do,
 * by the session cookie.
 *
 * Kept in memory only: after the background sleeps, the next message simply asks the helper again.
 */
export interface SessionOwners {
  get(tabId: number): string | undefined;
  remember(tabId: number, username: string): void;
  forget(tabId: number): void;
}

export function createSessionOwners(): SessionOwners {
  const owners = new Map<number, string>();
  return {
    get: (tabId) => owners.get(tabId),
    remember(tabId, username) {
      // The session cookie is shared by every tab, so an answer naming someone else means the
      // other tabs' sessions changed too (a sign-out and a sign-in elsewhere): forget them.
      for (const [tab, owner] of owners) if (owner !== username) owners.delete(tab);
      owners.set(tabId, username);
    },
    forget(tabId) {
      owners.delete(tabId);
    },
  };
}
