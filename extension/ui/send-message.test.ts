import { describe, expect, it } from 'vitest';
import { sendMessage } from './send-message.js';

const answering = (answer: unknown) => () => Promise.resolve(answer);
const STOPPED = { ok: false, error: { code: 'extension-stopped', message: 'ESR MFA stopped responding. Reload the page and try again.' } };
const TICKET = 'T'.repeat(43);

describe('reading an answer from the background', () => {
  it('passes on an answer (its value was parsed by the background as it left)', async () => {
    const result = await sendMessage(answering({ ok: true, value: { ticket: TICKET } }), { type: 'open-secure-frame' });
    expect(result).toEqual({ ok: true, value: { ticket: TICKET } });
    // Typed by the table: no cast needed to read the ticket.
    if (result.ok) expect(result.value.ticket).toBe(TICKET);
  });

  it('passes on a typed refusal', async () => {
    const refusal = { ok: false, error: { code: 'invalid-code', message: 'no', attemptsLeft: 2 } };
    expect(await sendMessage(answering(refusal), { type: 'verify-step-up', code: '123456' })).toEqual(refusal);
  });

  it.each([
    ['something that is not a result', { ticket: TICKET }],
    ['a success without a value', { ok: true }],
    ['a refusal without a code', { ok: false, error: { message: 'no' } }],
    ['a refusal without words', { ok: false, error: { code: 'invalid-code' } }],
    ['an ok that is not true or false', { ok: 'yes', value: {} }],
    ['no answer at all', undefined],
  ])('reads %s as the extension having stopped', async (_name, answer) => {
    expect(await sendMessage(answering(answer), { type: 'open-secure-frame' })).toEqual(STOPPED);
  });

  it('reads a failed send as the extension having stopped', async () => {
    expect(await sendMessage(() => Promise.reject(new Error('Extension context invalidated.')), { type: 'get-settings' })).toEqual(STOPPED);
  });
});
