import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Runs `task` now and every `intervalMs` after, while the component is mounted, and again at once
 * whenever `deps` change. A slow answer is never overtaken: the next run waits for it. Nothing runs
 * while the tab is hidden; the first tick after it is shown again catches up.
 *
 * `task` is told whether its answer is stale (the deps changed or the component went away while it
 * waited), so that an answer for the old filter never overwrites one for the new.
 */
export function usePoll(task: (isStale: () => boolean) => Promise<void>, intervalMs: number, deps: readonly unknown[]): void {
  const latest = useRef(task);
  latest.current = task;
  useEffect(() => {
    let stopped = false;
    let running = false;
    const isStale = () => stopped;
    const run = async () => {
      if (stopped || running || document.visibilityState === 'hidden') return;
      running = true;
      try {
        await latest.current(isStale);
      } finally {
        running = false;
      }
    };
    void run();
    const timer = setInterval(() => { void run(); }, intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [intervalMs, ...deps]);
}

/** The computer's time, refreshed every `intervalMs`, for anything that ticks between polls. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => { setNow(Date.now()); }, intervalMs);
    return () => { clearInterval(timer); };
  }, [intervalMs]);
  return now;
}
