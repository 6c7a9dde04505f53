import { beforeEach, describe, expect, it } from 'vitest';
import type { MessageResult } from '../messages/result.js';
import { fakeBrowserI18n } from './i18n-fake.js';
import { submitCode } from './submit-code.js';

describe('submitting a 6-digit code', () => {
  beforeEach(() => { fakeBrowserI18n('en'); });

  it('sends the code tidied ("123 456" becomes "123456")', async () => {
    const sent: string[] = [];
    const result = await submitCode(' 123 456 ', (code) => { sent.push(code); return Promise.resolve({ ok: true, value: 'done' }); });
    expect(sent).toEqual(['123456']);
    expect(result).toEqual({ ok: true, value: 'done' });
  });

  it('refuses what cannot be a code without sending anything', async () => {
    let sent = false;
    const send = () => { sent = true; return Promise.resolve<MessageResult<string>>({ ok: true, value: 'x' }); };
    expect(await submitCode('12345', send)).toEqual({ ok: false, message: 'Enter the 6-digit code from your app, for example 123456.', error: null });
    expect(await submitCode('abcdef', send, 'Enter the code from the email.')).toMatchObject({ message: 'Enter the code from the email.' });
    expect(sent).toBe(false);
  });

  it("puts the helper's refusal into plain words", async () => {
    const refusal = { code: 'invalid-code' as const, message: 'no', attemptsLeft: 2 };
    expect(await submitCode('123456', () => Promise.resolve({ ok: false, error: refusal }))).toEqual({
      ok: false,
      message: 'That code is not right. You have 2 tries left.',
      error: refusal,
    });
  });
});
