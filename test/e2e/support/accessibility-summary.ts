import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Counts the screens the e2e run checked for accessibility (the kit's expectAccessible): each
 * worker writes its own count to a file in a folder made here, and the teardown sums them and
 * prints one line per browser at the end of the run.
 */
export default function accessibilitySummary(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-a11y-'));
  project.provide('accessibilityCountsDir', dir);
  return () => {
    const totals = new Map<string, number>();
    for (const file of readdirSync(dir)) {
      const counts = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, number>;
      for (const [kind, count] of Object.entries(counts)) totals.set(kind, (totals.get(kind) ?? 0) + count);
    }
    rmSync(dir, { recursive: true, force: true });
    const said = [...totals].filter(([, count]) => count > 0).map(([kind, count]) => `${String(count)} in ${kind}`);
    console.log(`Accessibility (axe-core, WCAG 2.2 A and AA): ${said.length === 0 ? 'no screens checked' : `screens checked: ${said.join(', ')}`}`);
  };
}
