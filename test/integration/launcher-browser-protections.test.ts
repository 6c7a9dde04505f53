import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, createProfile } from '@puppeteer/browsers';
import puppeteer from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, firefoxPreferences } from '../../helper/launcher/open-browser.js';

/**
 * The window npm start opens is the trainer's browser, not a test run's: a website opened in it
 * beside the portal and the console (attacker's tests) meets the protections a browser normally
 * has. Checked on the command line and the profile puppeteer makes, without starting a browser.
 */
const WEAKENING_CHROMIUM_FLAGS = ['--disable-popup-blocking', '--disable-client-side-phishing-detection', '--disable-background-networking', '--enable-automation', '--no-sandbox'];

/** The arguments puppeteer starts Chromium with for these options, as its launcher works them out. */
function chromiumArguments(runningAsRoot: boolean): string[] {
  const options = chromiumLaunchOptions('/usr/bin/chromium', '/tmp/esr-mfa-profile', runningAsRoot);
  const dropped = Array.isArray(options.ignoreDefaultArgs) ? options.ignoreDefaultArgs : [];
  const defaults = puppeteer.defaultArgs(options).filter((arg) => !dropped.includes(arg));
  return [...defaults, ...(options.pipe === true ? ['--remote-debugging-pipe'] : ['--remote-debugging-port=0'])];
}

describe('the trainer\'s Chromium window', () => {
  it('keeps its popup blocker, Safe Browsing and sandbox, and opens no debugging port', () => {
    const args = chromiumArguments(false);
    for (const flag of WEAKENING_CHROMIUM_FLAGS) expect(args, flag).not.toContain(flag);
    expect(args).toContain('--remote-debugging-pipe');
    expect(args.filter((arg) => arg.startsWith('--remote-debugging-port'))).toEqual([]);
  });

  it('goes without the sandbox only as root, where Chromium will not start with it', () => {
    expect(chromiumArguments(true)).toContain('--no-sandbox');
  });
});

describe('the trainer\'s Firefox window', () => {
  let profile: string;
  afterEach(() => { rmSync(profile, { recursive: true, force: true }); });

  it('keeps Safe Browsing, its popup blocker and the file pages\' origin policy in the profile puppeteer writes', async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'esr-mfa-firefox-profile-'));
    await createProfile(Browser.FIREFOX, { path: profile, preferences: firefoxPreferences('esr-mfa@example.test', '00000000-0000-4000-8000-000000000000') });
    const prefs = readFileSync(path.join(profile, 'user.js'), 'utf8');
    for (const pref of [
      'browser.safebrowsing.malware.enabled',
      'browser.safebrowsing.phishing.enabled',
      'browser.safebrowsing.downloads.enabled',
      'browser.safebrowsing.blockedURIs.enabled',
      'dom.disable_open_during_load',
      'security.fileuri.strict_origin_policy',
    ]) {
      expect(prefs, pref).toContain(`user_pref(${JSON.stringify(pref)}, true);`);
      expect(prefs, pref).not.toContain(`user_pref(${JSON.stringify(pref)}, false);`);
    }
    expect(prefs).toContain('"extensions.webextensions.keepStorageOnUninstall", true');
  });
});
