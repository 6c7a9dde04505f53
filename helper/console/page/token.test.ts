import { describe, expect, it } from 'vitest';
import { forgetRefusedToken, forgetToken, keepToken, takeToken, tokenFromFragment, tokenFromInput, TOKEN_STORAGE_KEY, type TokenPlace } from './token.js';

/** A window with an address, a history that records replaceState, and a localStorage. */
function place(hash: string, stored: Record<string, string> = {}, storageWorks = true) {
  const store = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const location = { hash, pathname: '/', search: '' };
  const fake: TokenPlace = {
    location,
    history: {
      replaceState: (_data, _unused, url) => {
        replaced.push(String(url));
        location.hash = '';
      },
    },
    localStorage: {
      getItem: (key) => { if (!storageWorks) throw new Error('denied'); return store.get(key) ?? null; },
      setItem: (key, value) => { if (!storageWorks) throw new Error('denied'); store.set(key, value); },
      removeItem: (key) => { store.delete(key); },
    },
  };
  return { fake, store, replaced, location };
}

describe('the console token', () => {
  it('is read from the address npm start printed and taken out of the address bar, but not kept before the server accepts it', () => {
    const { fake, store, replaced, location } = place('#token=abc123_-XYZ');
    expect(takeToken(fake)).toBe('abc123_-XYZ');
    expect(store.has(TOKEN_STORAGE_KEY)).toBe(false);
    expect(replaced).toEqual(['/']);
    expect(location.hash).toBe('');
  });

  it('comes back from storage on the next visit, with nothing in the address', () => {
    const { fake, replaced } = place('', { [TOKEN_STORAGE_KEY]: 'kept' });
    expect(takeToken(fake)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('is replaced by a new one in the address, which is kept only once accepted', () => {
    const { fake, store } = place('#token=new', { [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeToken(fake)).toBe('new');
    expect(store.get(TOKEN_STORAGE_KEY)).toBe('old');
    keepToken(fake, 'new');
    expect(store.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it("attacker: a link with a junk token that the server refuses does not wipe the trainer's good one", () => {
    const { fake, store } = place('#token=junk', { [TOKEN_STORAGE_KEY]: 'good' });
    expect(takeToken(fake)).toBe('junk');
    forgetRefusedToken(fake, 'junk');
    expect(store.get(TOKEN_STORAGE_KEY)).toBe('good');
    forgetRefusedToken(fake, 'good');
    expect(store.has(TOKEN_STORAGE_KEY)).toBe(false);
  });

  it('is missing when neither the address nor storage has one', () => {
    expect(takeToken(place('').fake)).toBeNull();
    expect(takeToken(place('#people').fake)).toBeNull();
  });

  it('leaves a section link in the address alone', () => {
    const { fake, replaced } = place('#people', { [TOKEN_STORAGE_KEY]: 'kept' });
    expect(takeToken(fake)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('still works for this visit when the browser refuses storage', () => {
    const { fake, replaced } = place('#token=abc', {}, false);
    expect(takeToken(fake)).toBe('abc');
    expect(replaced).toEqual(['/']);
  });

  it('keeps a + in a base64 token, which a query parser would turn into a space', () => {
    expect(tokenFromFragment('#token=ab+c/d==')).toBe('ab+c/d==');
    expect(tokenFromFragment('#token=ab%2Bc')).toBe('ab+c');
  });

  it('refuses an empty or malformed token in the address, and takes it out of sight anyway', () => {
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#token=a b')).toBeNull();
    expect(tokenFromFragment('#token=%E0%A4%A')).toBeNull();
    const { fake, replaced } = place('#token=');
    expect(takeToken(fake)).toBeNull();
    expect(replaced).toEqual(['/']);
  });

  it('accepts what a trainer pastes: the whole address, its end, or the token alone', () => {
    expect(tokenFromInput('  http://127.0.0.1:4401/#token=abc123  ')).toBe('abc123');
    expect(tokenFromInput('#token=abc123')).toBe('abc123');
    expect(tokenFromInput('token=abc123')).toBe('abc123');
    expect(tokenFromInput('abc123')).toBe('abc123');
    expect(tokenFromInput('')).toBeNull();
    expect(tokenFromInput('http://127.0.0.1:4401/')).toBeNull();
    expect(tokenFromInput('not a token')).toBeNull();
  });

  it('can be kept and forgotten', () => {
    const { fake, store } = place('');
    keepToken(fake, 'abc');
    expect(store.get(TOKEN_STORAGE_KEY)).toBe('abc');
    forgetToken(fake);
    expect(store.has(TOKEN_STORAGE_KEY)).toBe(false);
  });
});
