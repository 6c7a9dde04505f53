import { afterEach, describe, expect, it, vi } from 'vitest';
import { runFeature, runWhileShown } from './lifecycle.js';

/** A window as far as the life cycle sees it: pagehide and pageshow, with `persisted` on pageshow. */
function fakeWindow() {
  const page = new EventTarget();
  return {
    page,
    leave: () => page.dispatchEvent(new Event('pagehide')),
    show: (persisted: boolean) => page.dispatchEvent(Object.assign(new Event('pageshow'), { persisted })),
  };
}

/** Starts that record each signal they were given, and what each feature had on screen. */
function recordingStart() {
  const signals: AbortSignal[] = [];
  const onScreen = new Set<number>();
  const start = (signal: AbortSignal) => {
    const run = signals.push(signal);
    onScreen.add(run);
    signal.addEventListener('abort', () => { onScreen.delete(run); }, { once: true });
    return Promise.resolve();
  };
  return { signals, onScreen, start };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('the content script life cycle', () => {
  it('starts the features once, with a live signal', () => {
    const win = fakeWindow();
    const features = recordingStart();
    runWhileShown(win.page, features.start);
    // The pageshow of a normal first load is not a return from the cache.
    win.show(false);
    expect(features.signals).toHaveLength(1);
    expect(features.signals[0]?.aborted).toBe(false);
  });

  it('takes every feature down when the page is left', () => {
    const win = fakeWindow();
    const features = recordingStart();
    runWhileShown(win.page, features.start);
    win.leave();
    expect(features.signals[0]?.aborted).toBe(true);
    expect(features.onScreen.size).toBe(0);
  });

  it('starts the features again, with a new signal, when the page comes back from the back/forward cache', () => {
    const win = fakeWindow();
    const features = recordingStart();
    runWhileShown(win.page, features.start);
    win.leave();
    win.show(true);
    expect(features.signals).toHaveLength(2);
    expect(features.signals[1]?.aborted).toBe(false);
    expect([...features.onScreen]).toEqual([2]);
    win.leave();
    win.show(true);
    expect(features.signals.map((signal) => signal.aborted)).toEqual([true, true, false]);
    expect([...features.onScreen]).toEqual([3]);
  });

  it('reports a start that fails, and still starts again on the next return', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const win = fakeWindow();
    let runs = 0;
    runWhileShown(win.page, () => (++runs === 1 ? Promise.reject(new Error('no page context')) : Promise.resolve()));
    await vi.waitFor(() => { expect(error).toHaveBeenCalledWith('ESR MFA: the content script failed to start.', expect.any(Error)); });
    win.leave();
    win.show(true);
    expect(runs).toBe(2);
  });
});

describe('running the features of a page', () => {
  it('reports a feature that throws, by name, and runs the ones after it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ran: string[] = [];
    const guideShown = runFeature('enrolment', (): boolean => { throw new Error('no heading'); });
    runFeature('notices', () => { ran.push('notices'); });
    expect(guideShown).toBeUndefined();
    expect(ran).toEqual(['notices']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('ESR MFA: the enrolment feature failed to start.', expect.any(Error));
  });

  it("passes on a feature's result", () => {
    expect(runFeature('enrolment', () => true)).toBe(true);
  });
});
