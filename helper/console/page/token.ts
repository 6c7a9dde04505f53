/**
 * The console's token: `npm start` prints `http://127.0.0.1:4401/#token=<token>`. The page takes
 * it out of the fragment (which browsers never send to a server, so it stays out of logs), keeps it
 * in localStorage (scoped to the console's own origin: the portal, on another port, cannot read
 * it) and removes it from the address bar, so it is not left on a projected screen or in history.
 */
export const TOKEN_STORAGE_KEY = 'esr-console-token';

/** What the page needs of `window`; tests pass a fake one. */
export interface TokenPlace {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  localStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

const TOKEN_SHAPE = /^[\w.~+/=-]{1,512}$/;

/**
 * The raw value of `token=` in a fragment, or null when it has none. Read by hand rather than with
 * URLSearchParams, which would turn a `+` in a base64 token into a space.
 */
function fragmentToken(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith('token=')) continue;
    try {
      return decodeURIComponent(part.slice('token='.length));
    } catch {
      return '';
    }
  }
  return null;
}

/** Whether the fragment tries to carry a token at all, well-formed or not. */
export function hasTokenFragment(hash: string): boolean {
  return fragmentToken(hash) !== null;
}

/** The token in a fragment such as `#token=abc`, or null when there is none (or it is not a token). */
export function tokenFromFragment(hash: string): string | null {
  const token = fragmentToken(hash);
  return token !== null && TOKEN_SHAPE.test(token) ? token : null;
}

/** What a trainer pastes: the whole address npm start printed, its `#token=...` end, or the token alone. */
export function tokenFromInput(text: string): string | null {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf('#');
  if (hashAt >= 0) return tokenFromFragment(trimmed.slice(hashAt));
  if (trimmed.startsWith('token=')) return tokenFromFragment(trimmed);
  return TOKEN_SHAPE.test(trimmed) ? trimmed : null;
}

/**
 * The token to call the console with: a new one in the address wins (and is taken out of the
 * address bar), otherwise the one kept from last time, otherwise null. A token from the address is
 * not kept here: the page keeps it once the server has accepted it (`keepToken`), so a link any
 * website can make, `http://127.0.0.1:4401/#token=junk`, cannot overwrite the trainer's good one.
 */
export function takeToken(place: TokenPlace): string | null {
  const fromAddress = tokenFromFragment(place.location.hash);
  if (hasTokenFragment(place.location.hash)) {
    // Whatever it holds, a token fragment does not stay on screen.
    place.history.replaceState(null, '', `${place.location.pathname}${place.location.search}`);
  }
  return fromAddress ?? keptToken(place);
}

function keptToken(place: Pick<TokenPlace, 'localStorage'>): string | null {
  try {
    const kept = place.localStorage.getItem(TOKEN_STORAGE_KEY);
    return kept !== null && TOKEN_SHAPE.test(kept) ? kept : null;
  } catch {
    return null;
  }
}

/** Forgets the kept token only if it is the one the server refused, never a good one kept before. */
export function forgetRefusedToken(place: Pick<TokenPlace, 'localStorage'>, refused: string): void {
  if (keptToken(place) === refused) forgetToken(place);
}

/** Keeps a token for the next visit; if storage is refused, the token still works until the tab closes. */
export function keepToken(place: Pick<TokenPlace, 'localStorage'>, token: string): void {
  try {
    place.localStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage can be turned off; the page still holds the token in memory.
  }
}

export function forgetToken(place: Pick<TokenPlace, 'localStorage'>): void {
  try {
    place.localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
