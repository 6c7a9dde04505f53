import { useState } from 'preact/hooks';
import { CLOCK_PRESETS, type ClockView } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { aheadText, fullDateTimeText, spanText } from './format.js';
import { Done, Problem } from './ui.js';

export interface ClockProps {
  api: ConsoleApi;
  clock: ClockView | null;
  /** The helper's time now, ticking between polls. */
  helperNow: number | null;
  onClock: (clock: ClockView) => void;
}

/**
 * The helper's training clock: moving it forward shows what happens after a wait (a lock running
 * out, a remembered browser expiring) without waiting.
 */
export function Clock({ api, clock, helperNow, onClock }: ClockProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(call: () => ReturnType<ConsoleApi['realTime']>, said: (clock: ClockView) => string) {
    if (busy) return;
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setDone(null);
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    onClock(result.value);
    setDone(said(result.value));
  }

  return (
    <>
      {clock === null || helperNow === null ? <p class="nhsuk-body">Reading the portal's clock…</p> : (
        <div class="esr-clock">
          <p class="nhsuk-body-l esr-clock__time">Portal time: <strong>{fullDateTimeText(helperNow)}</strong></p>
          <p class={`nhsuk-body esr-clock__offset${clock.moved ? ' esr-clock__offset--moved' : ''}`}>{aheadText(clock.offsetMs)}</p>
        </div>
      )}
      <div class="nhsuk-warning-callout">
        <h3 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">Important: </span>Real phones</h3>
        <p>While the clock is moved, codes on a real phone will not match. Use the training phone.</p>
      </div>
      <div class="nhsuk-button-group esr-clock__moves">
        {CLOCK_PRESETS.map((preset) => (
          <button
            key={preset.seconds}
            type="button"
            class="nhsuk-button nhsuk-button--secondary"
            aria-busy={busy ? 'true' : 'false'}
            onClick={() => { void act(() => api.advanceClock(preset.seconds), (moved) => `Moved forward ${preset.label}. The portal is now ${spanText(moved.offsetMs)} ahead of real time.`); }}
          >
            Move forward {preset.label}
          </button>
        ))}
        {/* Always offered, so focus has somewhere to stay after it is used. */}
        <button type="button" class="nhsuk-button" aria-busy={busy ? 'true' : 'false'} onClick={() => { void act(api.realTime, () => 'The portal is back to real time.'); }}>
          Back to real time
        </button>
      </div>
      <Problem message={problem} />
      <Done message={done} />
    </>
  );
}
