import type { TestProject } from 'vitest/node';

/**
 * Prints the seed the e2e journeys were shuffled with, first thing, so a failure that depends on
 * the order can be run again in the same order: E2E_SEED=<seed> npm run test:e2e.
 */
export default function printSeed(project: TestProject): void {
  console.log(`e2e journeys shuffled with seed ${String(project.config.sequence.seed)} (E2E_SEED=${String(project.config.sequence.seed)} repeats the order)`);
}
