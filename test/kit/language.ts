import type { Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { findEnglish } from './english-text.js';

/**
 * Every text a person can see or hear in one document: its visible text nodes, in open shadow
 * roots too (the extension's panels), and the names screen readers read out (aria-label, alt,
 * title, placeholder, the words on input buttons). Text inside an element marked `lang="en…"` (the
 * "English" switch) or `translate="no"` (people's names, usernames, job titles: data, not words of
 * the product) is left out, as are hidden elements.
 */
function textsIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const texts: string[] = [];
    const skipped = (element: Element): boolean => {
      const marked = element.closest('[lang], [translate="no"]');
      if (marked !== null && (marked.getAttribute('translate') === 'no' || (marked.getAttribute('lang') ?? '').toLowerCase().startsWith('en'))) return true;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) return true;
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden';
    };
    const walk = (root: Document | ShadowRoot): void => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent !== null && !skipped(parent) && (node.textContent ?? '').trim() !== '') texts.push(node.textContent ?? '');
          continue;
        }
        const element = node as Element;
        if (skipped(element)) continue;
        for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value !== null) texts.push(value);
        }
        if (element instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(element.type)) texts.push(element.value);
        if (element.shadowRoot !== null) walk(element.shadowRoot);
      }
    };
    walk(document);
    texts.push(document.title);
    return texts;
  });
}

/**
 * Fails the test if the page, any open shadow root in it (the extension's panels) or any of its
 * frames (the secure frame) shows English: text written into the code instead of taken from a
 * catalogue. Call it on screens that should be wholly Welsh. See {@link findEnglish} for how English
 * is told from Welsh; mark data (names, usernames) with `translate="no"` in the product.
 */
export async function expectNoEnglish(page: Page, screen = page.url()): Promise<void> {
  const found: { frame: string; text: string; words: string[] }[] = [];
  for (const frame of page.frames()) {
    if (frame.detached || frame.url() === 'about:blank') continue;
    for (const hit of findEnglish(await textsIn(frame))) found.push({ frame: frame.url(), ...hit });
  }
  expect(found, `English on a Welsh screen (${screen})`).toEqual([]);
}
