import type { Clock } from '../core/ports.js';

export interface ExtensionPresence {
  /** The portal's API let a call from this extension origin through. */
  seen: (origin: string) => void;
  /** The last such call since the helper started, or null. */
  last: () => { origin: string; lastSeenAt: number } | null;
}

/**
 * Whether the extension is talking to the portal, for the trainer console to show: the last API call
 * from an allowed extension origin, on the helper's clock. In memory only: a restart forgets it,
 * and the extension calls again at the next portal page.
 */
export function createExtensionPresence(clock: Clock): ExtensionPresence {
  let last: { origin: string; lastSeenAt: number } | null = null;
  return {
    seen: (origin) => { last = { origin, lastSeenAt: clock.now() }; },
    last: () => last,
  };
}
