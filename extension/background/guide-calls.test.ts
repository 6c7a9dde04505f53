import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS, API_PREFIX } from '../../shared/api.js';
import { GUIDE_STEPS } from '../messages/enrolment.js';
import { fakeBackground, fromFrame, fromPortal, signedIn, type FakeBackground } from './fake-background.js';

let bg: FakeBackground;
beforeEach(() => {
  bg = fakeBackground();
});

/** Routes a message that must succeed and returns its value. */
async function ok(message: unknown, sender: object): Promise<unknown> {
  const result = await bg.route(message, sender);
  if (!result.ok) throw new Error(`${JSON.stringify(message)} was refused: ${result.error.code}`);
  return result.value;
}

const ticketIn = (value: unknown, key: 'ticket' | 'recoveryTicket') => String((value as Record<string, unknown>)[key]);
const pathsSince = (from: number) => bg.calls.slice(from).map((call) => call.path.slice(`${API_PREFIX}/`.length));

describe('moving through the set-up guide', () => {
  it('calls the helper 3 times in all: status once on page load, then only enrolment/start and enrolment/confirm', async () => {
    const perStep: Record<string, string[]> = {};
    const step = async (name: string, clicks: () => Promise<void>) => {
      const before = bg.calls.length;
      await clicks();
      perStep[name] = pathsSince(before);
    };
    const save = (to: (typeof GUIDE_STEPS)[number]) => ok({ type: 'save-progress', step: to, acknowledgedIrreversible: to !== 'why' }, fromPortal);

    await step('page load', async () => { await ok({ type: 'page-context' }, fromPortal); });
    await step('why', async () => { await save('why'); });
    await step('get-app', async () => { await save('get-app'); });
    await step('add-account', async () => {
      await save('add-account');
      const ticket = ticketIn(await ok({ type: 'open-secure-frame' }, fromPortal), 'ticket');
      await ok({ type: 'secure-frame-content', ticket }, fromFrame);
    });
    await step('confirm', async () => { await save('confirm'); });
    let recoveryTicket = '';
    await step('turn on', async () => { recoveryTicket = ticketIn(await ok({ type: 'confirm-enrolment', code: '123456' }, fromPortal), 'recoveryTicket'); });
    await step('recovery-codes', async () => {
      await save('recovery-codes');
      await ok({ type: 'secure-frame-content', ticket: recoveryTicket }, fromFrame);
    });
    await step('done', async () => { await save('done'); });

    const summary = `helper calls per step: ${JSON.stringify(perStep)} (${bg.calls.length} in all)`;
    expect(perStep, summary).toEqual({
      'page load': ['status'],
      why: [],
      'get-app': [],
      'add-account': ['enrolment/start'],
      confirm: [],
      'turn on': ['enrolment/confirm'],
      'recovery-codes': [],
      done: [],
    });
    expect(bg.calls.length, summary).toBe(3);
    // Progress was still kept in this browser, under the name the helper gave, and cleared at the end.
    expect(await bg.context.storage.getProgress('999JSMITH01')).toBeNull();
  });

  it('keeps each step under the name the helper gave on page load', async () => {
    await ok({ type: 'page-context' }, fromPortal);
    await ok({ type: 'save-progress', step: 'get-app', acknowledgedIrreversible: true }, fromPortal);
    expect(await bg.context.storage.getProgress('999JSMITH01')).toMatchObject({ step: 'get-app' });
  });
});

describe('when the background asks the helper again', () => {
  it('asks once when it has no answer for the tab yet (the background slept), then remembers', async () => {
    await ok({ type: 'save-progress', step: 'why', acknowledgedIrreversible: false }, fromPortal);
    await ok({ type: 'save-progress', step: 'get-app', acknowledgedIrreversible: true }, fromPortal);
    expect(pathsSince(0)).toEqual(['status']);
  });

  it('asks again after the helper says the session has ended, and then keeps nothing', async () => {
    await ok({ type: 'page-context' }, fromPortal);
    bg.refusals[API_PATHS.enrolmentConfirm] = { code: 'not-signed-in', message: 'Sign in again.' };
    bg.answers[API_PATHS.status] = { session: { state: 'anonymous' } };
    expect(await bg.route({ type: 'confirm-enrolment', code: '123456' }, fromPortal)).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    expect(await bg.route({ type: 'save-progress', step: 'confirm', acknowledgedIrreversible: true }, fromPortal)).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    expect(pathsSince(0)).toEqual(['status', 'enrolment/confirm', 'status']);
    expect(await bg.context.storage.getProgress('999JSMITH01')).toBeNull();
  });

  it('asks again on the next page load, which may belong to someone else', async () => {
    await ok({ type: 'page-context' }, fromPortal);
    bg.answers[API_PATHS.status] = signedIn('999AKHAN01', 'Amir Khan');
    await ok({ type: 'page-context' }, fromPortal);
    await ok({ type: 'snooze-invitation' }, fromPortal);
    expect(await bg.context.storage.getSnoozedUntil('999AKHAN01')).not.toBeNull();
    expect(await bg.context.storage.getSnoozedUntil('999JSMITH01')).toBeNull();
  });

  it('forgets other tabs when a page load names someone else (the session cookie is shared by all tabs)', async () => {
    const otherTab = { ...fromPortal, tab: { id: 8 } };
    await ok({ type: 'page-context' }, fromPortal);
    bg.answers[API_PATHS.status] = signedIn('999AKHAN01', 'Amir Khan');
    await ok({ type: 'page-context' }, otherTab);
    const before = bg.calls.length;
    await ok({ type: 'save-progress', step: 'why', acknowledgedIrreversible: false }, fromPortal);
    expect(pathsSince(before)).toEqual(['status']);
    expect(await bg.context.storage.getProgress('999AKHAN01')).toMatchObject({ step: 'why' });
    expect(await bg.context.storage.getProgress('999JSMITH01')).toBeNull();
  });

  it('forgets a tab that was closed', async () => {
    await ok({ type: 'page-context' }, fromPortal);
    // What the entry's tabs.onRemoved listener does.
    bg.context.owners.forget(7);
    await ok({ type: 'snooze-invitation' }, fromPortal);
    expect(pathsSince(0)).toEqual(['status', 'status']);
  });
});
