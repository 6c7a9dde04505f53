import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, KEY_FILE, openHelper, type Helper } from '../../helper/app.js';
import { TEST_SCRYPT_COST } from '../support/helper-fixture.js';

const mode = (file: string) => statSync(file).mode & 0o777;

describe('the data folder is private at every start', () => {
  let dataDir: string;
  let helper: Helper | undefined;
  const open = async () => (helper = await openHelper({ dataDir, seedPasswordCost: TEST_SCRYPT_COST }));

  beforeEach(() => { dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-modes-')); });
  afterEach(() => {
    helper?.close();
    helper = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes an existing 0755 folder 0700 and its database, WAL, shared memory and key 0600', async () => {
    (await open()).close();
    // As an earlier run, a restored backup or a hand-made folder could have left them.
    chmodSync(dataDir, 0o755);
    chmodSync(path.join(dataDir, DATABASE_FILE), 0o644);
    chmodSync(path.join(dataDir, KEY_FILE), 0o644);

    await open();

    expect(mode(dataDir).toString(8)).toBe('700');
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEY_FILE]) {
      expect(mode(path.join(dataDir, name)).toString(8), name).toBe('600');
    }
  });

  it('makes a folder that existed but was empty 0700 on the first start', async () => {
    chmodSync(dataDir, 0o755);
    await open();
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(path.join(dataDir, DATABASE_FILE)).toString(8)).toBe('600');
    expect(mode(path.join(dataDir, `${DATABASE_FILE}-wal`)).toString(8)).toBe('600');
  });
});
