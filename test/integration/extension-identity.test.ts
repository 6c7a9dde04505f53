import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { DEFAULT_EXTENSION_ORIGINS } from '../../helper/http/server.js';

describe("the Chrome extension's fixed id", () => {
  it('is the one the helper allows by default', () => {
    // Chrome's id: SHA-256 of the public key, first 32 hex digits written with the letters a to p.
    const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
    const id = Array.from(hex, (digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
    expect(DEFAULT_EXTENSION_ORIGINS).toContain(`chrome-extension://${id}`);
  });
});
