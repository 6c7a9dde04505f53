import { useState } from 'preact/hooks';
import { CLOCK_PRESETS, type ClockView } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { errorText } from './error-text.js';
import { aheadText, fullDateTimeText, spanText } from './format.js';
import { Done, Problem, useSaid, type Say } from './ui.js';
import { useWords } from './words/index.js';

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
  const words = useWords();
  const [problem, setProblem] = useSaid();
  const [done, setDone] = useSaid();
  const [busy, setBusy] = useState(false);

  async function act(call: () => ReturnType<ConsoleApi['realTime']>, said: (clock: ClockView) => Say) {
    if (busy) return;
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      const { error } = result;
      setDone(null);
      setProblem((w) => errorText(error, w));
      return;
    }
    setProblem(null);
    onClock(result.value);
    setDone(said(result.value));
  }

  return (
    <>
      {clock === null || helperNow === null ? <p class="nhsuk-body">{words.clock.reading}</p> : (
        <div class="esr-clock">
          <p class="nhsuk-body-l esr-clock__time">{words.clock.portalTime}<strong>{fullDateTimeText(helperNow, words)}</strong></p>
          <p class={`nhsuk-body esr-clock__offset${clock.moved ? ' esr-clock__offset--moved' : ''}`}>{aheadText(clock.offsetMs, words)}</p>
        </div>
      )}
      <div class="nhsuk-warning-callout">
        <h3 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">{words.common.importantPrefix}</span>{words.clock.realPhones}</h3>
        <p>{words.clock.realPhonesText}</p>
      </div>
      <div class="nhsuk-button-group esr-clock__moves">
        {CLOCK_PRESETS.map((preset) => {
          // The preset's own label is English: the span is written again in the trainer's language.
          const span = (w: typeof words) => spanText(preset.seconds * 1000, w);
          return (
            <button
              key={preset.seconds}
              type="button"
              class="nhsuk-button nhsuk-button--secondary"
              aria-busy={busy ? 'true' : 'false'}
              onClick={() => { void act(() => api.advanceClock(preset.seconds), (moved) => (w) => w.clock.movedForward(span(w), spanText(moved.offsetMs, w))); }}
            >
              {words.clock.moveForward(span(words))}
            </button>
          );
        })}
        {/* Always offered, so focus has somewhere to stay after it is used. */}
        <button type="button" class="nhsuk-button" aria-busy={busy ? 'true' : 'false'} onClick={() => { void act(api.realTime, () => (w) => w.clock.isBack); }}>
          {words.clock.backToRealTime}
        </button>
      </div>
      <Problem message={problem?.(words) ?? null} />
      <Done message={done?.(words) ?? null} />
    </>
  );
}
