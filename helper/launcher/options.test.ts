import { describe, expect, it } from 'vitest';
import type { Computer } from './find-browser.js';
import { planLaunch } from './index.js';
import { parseLauncherOptions } from './options.js';

describe('the launcher\'s options', () => {
  it('opens Chromium or Chrome unless told otherwise, by option or environment, the option first', () => {
    expect(parseLauncherOptions({}, {})).toEqual({ browser: 'chromium', browserGiven: false, browserPath: undefined });
    expect(parseLauncherOptions({}, { ESR_MFA_BROWSER: 'firefox', ESR_MFA_BROWSER_PATH: '/opt/ff' })).toEqual({ browser: 'firefox', browserGiven: true, browserPath: '/opt/ff' });
    expect(parseLauncherOptions({ browser: 'none' }, { ESR_MFA_BROWSER: 'firefox' })).toMatchObject({ browser: 'none' });
    expect(parseLauncherOptions({ 'browser-path': '/a' }, { ESR_MFA_BROWSER_PATH: '/b' })).toMatchObject({ browserPath: '/a', browserGiven: false });
    // Emptied variables count as unset, as the CLI's others do.
    expect(parseLauncherOptions({}, { ESR_MFA_BROWSER: '', ESR_MFA_BROWSER_PATH: '' })).toEqual({ browser: 'chromium', browserGiven: false, browserPath: undefined });
  });

  it('refuses a browser it does not know', () => {
    expect(() => parseLauncherOptions({ browser: 'safari' }, {})).toThrow('--browser must be one of chromium, chrome, firefox, none, not "safari"');
  });
});

describe('what npm start will do with the browser', () => {
  const linux = (env: Record<string, string>, files: string[] = ['/usr/bin/chromium', '/usr/bin/firefox-esr']): Computer => ({ platform: 'linux', env, exists: (file) => files.includes(file) });

  it('opens the browser found, with the build for it, where there is a display', () => {
    const plan = planLaunch(parseLauncherOptions({ browser: 'firefox' }, {}), linux({ DISPLAY: ':0' }));
    expect(plan).toMatchObject({ kind: 'open', build: { dist: 'dist/firefox' }, browser: { executablePath: '/usr/bin/firefox-esr' } });
    expect(planLaunch(parseLauncherOptions({}, {}), linux({ DISPLAY: ':0' }))).toMatchObject({ kind: 'open', build: { dist: 'dist/chrome' } });
  });

  it('builds and explains loading by hand without a display, without looking for a browser', () => {
    expect(planLaunch(parseLauncherOptions({}, {}), linux({}, []))).toMatchObject({ kind: 'by-hand', family: 'chromium', build: { dist: 'dist/chrome' } });
  });

  it('does nothing with --browser none, and stops at once when the browser is not there', () => {
    expect(planLaunch(parseLauncherOptions({ browser: 'none' }, {}), linux({ DISPLAY: ':0' }, []))).toEqual({ kind: 'none' });
    expect(() => planLaunch(parseLauncherOptions({ browser: 'chrome' }, {}), linux({ DISPLAY: ':0' }))).toThrow(/No Google Chrome was found/);
  });
});
