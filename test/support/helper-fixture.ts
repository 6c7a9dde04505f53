import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openHelper, type Helper } from '../../helper/app.js';
import type { CoreConfig } from '../../helper/core/index.js';
import { FakeClock } from './fake-clock.js';

/** Cheap hashes for the demo accounts in tests; the real cost is covered by its own test. */
export const TEST_SCRYPT_COST = { N: 1024, r: 8, p: 1 };

export interface HelperFixture {
  helper: Helper;
  clock: FakeClock;
  dataDir: string;
  reopen(): Promise<Helper>;
  cleanup(): void;
}

/** A real helper on a real SQLite file in a fresh temp directory, on a fake clock. */
export async function openTestHelper(config: Partial<CoreConfig> = {}): Promise<HelperFixture> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-test-'));
  const clock = new FakeClock();
  const open = () => openHelper({ dataDir, clock, config, seedPasswordCost: TEST_SCRYPT_COST });
  const fixture: HelperFixture = {
    helper: await open(),
    clock,
    dataDir,
    async reopen() {
      fixture.helper.close();
      fixture.helper = await open();
      return fixture.helper;
    },
    cleanup() {
      fixture.helper.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return fixture;
}
