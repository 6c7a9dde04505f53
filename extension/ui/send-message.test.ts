import { describe, expect, it } from 'vitest';
import { sendMessage } from './send-message.js';

const answering = (answer: unknown) => () => Promise.resolve(answer);
const STOPPED = { ok: false, error: { code: 'helper-unreachable', message: 'ESR MFA stopped responding. Reload the page and try again.' } };
const TICKET = 'T'.repeat(43);

describe('reading an answer from the background', () => {
  it('passes on an answer that fits the schema of the type asked for', async () => {
    const result = await sendMessage(answering({ ok: true, value: { ticket: TICKET } }), { type: 'open-secure-frame' });
    expect(result).toEqual({ ok: true, value: { ticket: TICKET } });
    // Typed by the table: no cast needed to read the ticket.
    if (result.ok) expect(result.value.ticket).toBe(TICKET);
  });

  it('passes on a typed refusal', async () => {
    const refusal = { ok: false, error: { code: 'invalid-code', message: 'no', attemptsLeft: 2 } };
    expect(await sendMessage(answering(refusal), { type: 'verify-step-up', code: '123456' })).toEqual(refusal);
  });

  it('drops fields the schema does not name', async () => {
    const answer = { ok: true, value: { mfaEnabled: true, recoveryTicket: TICKET, recoveryCodes: ['AAAA-BBBB-CCCC-DDDD'] } };
    expect(await sendMessage(answering(answer), { type: 'confirm-enrolment', code: '123456' })).toEqual({ ok: true, value: { mfaEnabled: true, recoveryTicket: TICKET } });
  });

  it.each([
    ['the answer to another type', { ok: true, value: { saved: true } }],
    ['a value of the wrong shape', { ok: true, value: { ticket: 'short' } }],
    ['an unknown error code', { ok: false, error: { code: 'oops', message: 'no' } }],
    ['no answer at all', undefined],
  ])('reads %s as the extension having stopped', async (_name, answer) => {
    expect(await sendMessage(answering(answer), { type: 'open-secure-frame' })).toEqual(STOPPED);
  });

  it('reads a failed send as the extension having stopped', async () => {
    expect(await sendMessage(() => Promise.reject(new Error('Extension context invalidated.')), { type: 'get-settings' })).toEqual(STOPPED);
  });
});
