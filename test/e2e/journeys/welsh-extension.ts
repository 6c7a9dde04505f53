import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { enterCode, findEnglish, panelText, secureFrame, signIn, signOut, USERNAMES, waitForPanelText, type Stage } from 'esr-mfa/test-kit';
import { findFrame } from '../../../helper/launcher/portal-address.js';
import { substitute, type Catalogue } from '../../../extension/ui/i18n.js';
import { OPTIONS_PAGE_PATH, SECURE_FRAME_PATH } from '../../../extension/ui/extension-pages.js';

const LOCALES = path.resolve(import.meta.dirname, '../../../extension/_locales');
const catalogue = (language: string) => JSON.parse(readFileSync(path.join(LOCALES, language, 'messages.json'), 'utf8')) as Catalogue;

/**
 * Opens the extension's options page as a trainer reaches it under automation: framed in a page of
 * 127.0.0.1 (Firefox will not let automation open an extension page; see
 * helper/launcher/portal-address.ts).
 */
async function openOptions(s: Stage): Promise<Frame> {
  const framePage = `${s.browser.extensionOrigin}/${SECURE_FRAME_PATH}`;
  await s.page.goto(`${s.helper.origin}/login`, { waitUntil: 'load' });
  await s.page.evaluate((src: string) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'ESR MFA';
    frame.style.cssText = 'width: 900px; height: 900px; border: 0';
    document.body.append(frame);
  }, framePage);
  const framed = await findFrame(() => s.page.frames(), framePage);
  const optionsPage = `${s.browser.extensionOrigin}/${OPTIONS_PAGE_PATH}`;
  await framed.evaluate((url: string) => { location.href = url; }, optionsPage);
  const options = await findFrame(() => s.page.frames(), optionsPage);
  await options.waitForSelector('#language-cy');
  return options;
}

/** Every text a person can see or hear in the extension's panels: text, and names given in attributes. */
function panelTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const panel of document.querySelectorAll('esr-mfa-panel')) {
      const root = panel.shadowRoot;
      if (root === null) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      // A security message's subject and body are the portal's words, in the language the person
      // chose on the portal (its own switch), not the extension's. Its date is the extension's.
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (node.parentElement?.closest('.notices strong, .notices p') === null) texts.push(node.textContent ?? '');
      for (const element of root.querySelectorAll('[aria-label], [title], [alt]')) texts.push(...['aria-label', 'title', 'alt'].map((name) => element.getAttribute(name) ?? ''));
    }
    return texts.filter((text) => text.trim() !== '');
  });
}

function frameTexts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) texts.push(node.textContent ?? '');
    for (const element of document.querySelectorAll('[aria-label], [alt]')) texts.push(element.getAttribute('aria-label') ?? '', element.getAttribute('alt') ?? '');
    return texts.filter((text) => text.trim() !== '');
  });
}

/** The extension in Welsh, chosen on its options page as a person would. */
export function welshExtensionJourneys(stage: () => Stage): void {
  it('The extension speaks Welsh: chosen in its options, its panels, guide, secure frame and code prompt are in Welsh', async () => {
    const s = stage();
    const options = await openOptions(s);
    // The browser speaks English: the page does too, and names its Welsh choice in Welsh.
    expect(await options.$eval('h1', (h1) => h1.textContent)).toBe('ESR MFA settings');
    expect(await options.$eval('label[for="language-cy"]', (label) => [label.textContent, label.getAttribute('lang')])).toEqual(['Cymraeg', 'cy']);
    expect(await options.$eval('#language-auto', (input) => (input as HTMLInputElement).checked)).toBe(true);

    // The stored catalogue's words are the browser's own, placeholders and all: every English
    // message, as this browser's i18n.getMessage gives it and as t() builds it from storage.
    const english = catalogue('en');
    const substitutions = ['A1', 'B2', 'C3'];
    const fromBrowser = await options.evaluate((keys: string[], subs: string[]) => {
      const api = (globalThis as unknown as { chrome: { i18n: { getMessage(key: string, subs: string[]): string } } }).chrome;
      return keys.map((key) => api.i18n.getMessage(key, subs));
    }, Object.keys(english), substitutions);
    expect(fromBrowser).toEqual(Object.keys(english).map((key) => substitute(english[key]!, substitutions)));

    // By keyboard: a click on a framed page that is still moving can land on the wrong control.
    await options.focus('#language-cy');
    await s.page.keyboard.press(' ');
    expect(await options.$eval('#language-cy', (input) => (input as HTMLInputElement).checked)).toBe(true);
    await options.focus('button[type="submit"]');
    await s.page.keyboard.press('Enter');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Gosodiadau wedi’u cadw.');
    expect(await options.$eval('h1', (h1) => h1.textContent)).toBe('Gosodiadau ESR MFA');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('cy');
    await s.shot('welsh-options');

    // Jane signs in on the (English) portal: the invitation is in Welsh, and says so to screen readers.
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Ychwanegu diogelwch ychwanegol at eich cyfrif ESR');
    expect(await s.page.$eval('esr-mfa-panel', (panel) => panel.getAttribute('lang'))).toBe('cy');
    // The date of her security message, in Welsh whatever locale data the browser carries.
    await waitForPanelText(s.page, 'Neges ddiogelwch i chi');
    expect(await panelText(s.page)).toMatch(/\(\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4} am \d{2}:\d{2}\)/);
    await s.shot('welsh-invitation');
    expect(findEnglish(await panelTexts(s.page))).toEqual([]);

    await s.page.click('>>> .button');
    await waitForPanelText(s.page, 'Cam 1 o 6');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Ticiwch y blwch i ddangos eich bod yn deall');
    await s.shot('welsh-guide-step-1-error');
    expect(findEnglish(await panelTexts(s.page))).toEqual([]);
    await s.page.click('>>> #esr-mfa-acknowledge');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Cam 2 o 6');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Cam 3 o 6');
    const frame = await secureFrame(s.page, s.browser);
    await frame.waitForSelector('img.qr');
    await frame.click('summary');
    await frame.waitForFunction(() => document.querySelector('.key') !== null);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('cy');
    await s.shot('welsh-guide-step-3-qr-code');
    expect(findEnglish(await panelTexts(s.page))).toEqual([]);
    expect(findEnglish(await frameTexts(frame))).toEqual([]);

    // Amir (MFA on) at "Verification needed": the code prompt, and its refusal, in Welsh.
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.amir);
    await waitForPanelText(s.page, 'Cod diogelwch');
    const code = await s.helper.phone.codeFor(USERNAMES.amir);
    await enterCode(s.page, `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}`);
    await waitForPanelText(s.page, 'Nid yw’r cod hwnnw’n gywir. Cynigion ar ôl: 4.');
    await s.shot('welsh-code-prompt-wrong-code');
    expect(findEnglish(await panelTexts(s.page))).toEqual([]);
  });
}
