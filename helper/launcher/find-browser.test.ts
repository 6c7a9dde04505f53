import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, hasDisplay, installPlaces, type Computer } from './find-browser.js';

function computer(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): Computer {
  const there = new Set(files);
  return { platform, env, exists: (file) => there.has(file) };
}

const linux = (files: string[], env: Record<string, string> = {}) => computer('linux', files, { PATH: '/usr/local/bin:/usr/bin:/bin', ...env });
const found = (choice: Parameters<typeof findBrowser>[0], on: Computer, options: Partial<Parameters<typeof findBrowser>[1]> = {}) =>
  findBrowser(choice, { choiceGiven: false, ...options }, on);

describe('finding the browser to open', () => {
  it('takes Chromium before Google Chrome for --browser chromium, and Chrome when it is the only one', () => {
    expect(found('chromium', linux(['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual({ family: 'chromium', product: 'chromium', label: 'Chromium', executablePath: '/usr/bin/chromium' });
    expect(found('chromium', linux(['/usr/bin/google-chrome']))).toMatchObject({ product: 'chrome', label: 'Google Chrome', executablePath: '/usr/bin/google-chrome' });
    expect(found('chromium', linux(['/snap/bin/chromium']))).toMatchObject({ product: 'chromium', executablePath: '/snap/bin/chromium' });
    expect(found('chromium', linux(['/usr/bin/chromium-browser']))).toMatchObject({ executablePath: '/usr/bin/chromium-browser' });
  });

  it('takes only Google Chrome for --browser chrome', () => {
    expect(() => found('chrome', linux(['/usr/bin/chromium']))).toThrow(BrowserNotFoundError);
    expect(found('chrome', linux(['/usr/bin/chromium', '/usr/bin/google-chrome-stable']))).toMatchObject({ product: 'chrome', executablePath: '/usr/bin/google-chrome-stable' });
  });

  it('finds Firefox ESR before Firefox, and a browser on PATH outside the usual places', () => {
    expect(found('firefox', linux(['/usr/bin/firefox', '/usr/bin/firefox-esr']))).toEqual({ family: 'firefox', product: 'firefox', label: 'Firefox', executablePath: '/usr/bin/firefox-esr' });
    expect(found('firefox', linux(['/snap/bin/firefox']))).toMatchObject({ executablePath: '/snap/bin/firefox' });
    expect(found('chromium', linux(['/usr/local/bin/chromium']))).toMatchObject({ executablePath: '/usr/local/bin/chromium' });
  });

  it('takes CHROMIUM_PATH and FIREFOX_PATH first, and says so when one names nothing', () => {
    expect(found('chromium', linux(['/usr/bin/chromium', '/opt/kit/chrome'], { CHROMIUM_PATH: '/opt/kit/chrome' }))).toMatchObject({ family: 'chromium', executablePath: '/opt/kit/chrome' });
    expect(found('firefox', linux(['/usr/bin/firefox-esr', '/opt/kit/firefox'], { FIREFOX_PATH: '/opt/kit/firefox' }))).toMatchObject({ family: 'firefox', executablePath: '/opt/kit/firefox' });
    expect(() => found('firefox', linux(['/usr/bin/firefox-esr'], { FIREFOX_PATH: '/opt/gone/firefox' }))).toThrow('FIREFOX_PATH names /opt/gone/firefox, which is not there.');
    // Google Chrome alone is not what CHROMIUM_PATH stands for.
    expect(found('chrome', linux(['/usr/bin/google-chrome', '/opt/kit/chrome'], { CHROMIUM_PATH: '/opt/kit/chrome' }))).toMatchObject({ executablePath: '/usr/bin/google-chrome' });
  });

  it('takes --browser-path over everything, and tells Firefox by its name when --browser was not given', () => {
    const on = linux(['/usr/bin/chromium', '/opt/firefox/firefox', '/opt/x/browser'], { CHROMIUM_PATH: '/usr/bin/chromium' });
    expect(found('chromium', on, { explicitPath: '/opt/firefox/firefox' })).toMatchObject({ family: 'firefox', executablePath: '/opt/firefox/firefox' });
    expect(found('chromium', on, { explicitPath: '/opt/x/browser' })).toMatchObject({ family: 'chromium', product: 'chromium', executablePath: '/opt/x/browser' });
    expect(found('firefox', on, { explicitPath: '/opt/x/browser', choiceGiven: true })).toMatchObject({ family: 'firefox', executablePath: '/opt/x/browser' });
    expect(found('chromium', on, { explicitPath: '/opt/firefox/firefox', choiceGiven: true })).toMatchObject({ family: 'chromium' });
    expect(() => found('chromium', on, { explicitPath: '/opt/none' })).toThrow('--browser-path (or ESR_MFA_BROWSER_PATH) names /opt/none, which is not there.');
  });

  it('looks in the macOS Applications folders', () => {
    const mac = (files: string[]) => computer('darwin', files, { HOME: '/Users/trainer', PATH: '/usr/bin' });
    expect(found('chromium', mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toMatchObject({ product: 'chrome', executablePath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
    expect(found('chromium', mac(['/Applications/Chromium.app/Contents/MacOS/Chromium']))).toMatchObject({ product: 'chromium' });
    expect(found('firefox', mac(['/Users/trainer/Applications/Firefox.app/Contents/MacOS/firefox']))).toMatchObject({ executablePath: '/Users/trainer/Applications/Firefox.app/Contents/MacOS/firefox' });
    // A Linux path means nothing there.
    expect(() => found('chromium', mac(['/usr/bin/chromium']))).toThrow(BrowserNotFoundError);
  });

  it('looks in Program Files and the user\'s own programs on Windows', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\t\\AppData\\Local' };
    const windows = (files: string[]) => computer('win32', files, env);
    expect(installPlaces('chrome', windows([]))).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\t\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ]);
    expect(found('chromium', windows(['C:\\Users\\t\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe']))).toMatchObject({ product: 'chrome' });
    expect(found('firefox', windows(['C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe']))).toMatchObject({ family: 'firefox', executablePath: 'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe' });
  });

  it('names every place it looked when nothing is found, and offers what is there', () => {
    let message = '';
    try {
      found('chromium', linux(['/usr/bin/firefox-esr']));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('No Chromium or Google Chrome was found. Looked for:');
    for (const place of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']) expect(message).toContain(`  ${place}\n`);
    expect(message).toContain('chromium, chromium-browser, google-chrome-stable, google-chrome in the folders on PATH');
    expect(message).toContain('CHROMIUM_PATH (not set)');
    expect(message).toContain('--browser-path PATH');
    expect(message).toContain('Firefox is installed: npm start -- --browser firefox');
    expect(message).toContain('--browser none');
    expect(() => found('firefox', linux([]))).toThrow(/No Firefox was found[\s\S]*\/usr\/bin\/firefox-esr[\s\S]*FIREFOX_PATH \(not set\)/);
  });
});

describe('whether a window can be shown', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, and nothing on macOS or Windows', () => {
    expect(hasDisplay({ platform: 'linux', env: {} })).toBe(false);
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: '' } })).toBe(false);
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
    expect(hasDisplay({ platform: 'freebsd', env: {} })).toBe(false);
    expect(hasDisplay({ platform: 'darwin', env: {} })).toBe(true);
    expect(hasDisplay({ platform: 'win32', env: {} })).toBe(true);
  });
});
