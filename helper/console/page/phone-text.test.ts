import { describe, expect, it } from 'vitest';
import { EXAMPLE_CAMERA, EXAMPLE_NOW, EXAMPLE_PHONE } from './examples.js';
import { addedText, checkManualKey, planScan, secondsLeftNow, secondsLeftText } from './phone-text.js';
import { cy } from './words/cy.js';
import { en } from './words/en.js';

describe('the training phone', () => {
  it('scans the only QR code showing without asking whose', () => {
    expect(planScan(EXAMPLE_CAMERA)).toEqual({ kind: 'one', showing: EXAMPLE_CAMERA.showing[0] });
  });

  it('asks whose QR code when more than one is showing', () => {
    const two = { showing: [...EXAMPLE_CAMERA.showing, { username: '999SGREEN01', displayName: 'Sarah Green', startedAt: EXAMPLE_NOW }] };
    expect(planScan(two)).toEqual({ kind: 'choose', showing: two.showing });
  });

  it('says what to do when no QR code is showing', () => {
    expect(planScan({ showing: [] })).toEqual({ kind: 'nothing' });
    expect(en.phone.nothingToScan).toBe('No set-up QR code is being shown. Open the set-up guide in the portal first.');
  });

  it('says which account was added', () => {
    expect(addedText(EXAMPLE_PHONE.accounts[0]!, en)).toBe('NHS ESR (999AKHAN01) is on the training phone. Its code is ready to type in the portal.');
    expect(addedText(EXAMPLE_PHONE.accounts[0]!, cy)).toBe('Mae NHS ESR (999AKHAN01) ar y ffôn hyfforddi. Mae ei god yn barod i’w deipio yn y porth.');
  });

  it('counts down between answers, but never past the next code', () => {
    expect(secondsLeftNow(25, 1_000, 1_000)).toBe(25);
    expect(secondsLeftNow(25, 1_000, 3_900)).toBe(23);
    expect(secondsLeftNow(2, 1_000, 9_000)).toBe(1);
    expect(secondsLeftText(1, en)).toBe('1 second left');
    expect(secondsLeftText(12, en)).toBe('12 seconds left');
    expect(secondsLeftText(1, cy)).toBe('Eiliadau ar ôl: 1');
    expect(secondsLeftText(12, cy)).toBe('Eiliadau ar ôl: 12');
  });

  describe('"Enter key manually"', () => {
    it('sends the account name trimmed and the key as typed (the helper ignores spaces and case)', () => {
      expect(checkManualKey({ accountName: ' 999JSMITH01 ', key: 'jbsw y3dp ehpk 3pxp' })).toEqual({ ok: true, request: { accountName: '999JSMITH01', key: 'jbsw y3dp ehpk 3pxp' } });
    });

    it('asks for both fields', () => {
      expect(checkManualKey({ accountName: ' ', key: '' })).toEqual({
        ok: false,
        errors: { accountName: 'accountNameMissing', key: 'keyMissing' },
      });
    });

    it('refuses letters and numbers a key never has', () => {
      expect(checkManualKey({ accountName: 'a', key: 'JBSW Y3DP EHPK 3PX1' })).toEqual({
        ok: false,
        errors: { key: 'keyCharacters' },
      });
    });

    it('refuses more than the helper takes', () => {
      expect(checkManualKey({ accountName: 'a'.repeat(101), key: 'A'.repeat(201) })).toEqual({
        ok: false,
        errors: { accountName: 'accountNameTooLong', key: 'keyTooLong' },
      });
    });
  });
});
