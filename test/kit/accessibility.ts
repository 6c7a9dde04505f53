import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Frame, Page } from 'puppeteer-core';
import { inject } from 'vitest';
import type { BrowserKind } from './choice.js';

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * A rule result that is wrong for one element, shown to be wrong, and so left out for that element
 * only. Never a way to hide a real problem: fix those in the product.
 */
export interface AxeFalsePositive {
  /** The axe rule id, e.g. `color-contrast`. */
  rule: string;
  /** The element's target as the failure message prints it, e.g. `esr-mfa-panel >>> .hint`. */
  target: string;
  /** Why the rule is wrong here, and how that was shown. */
  why: string;
}

export interface AccessibleOptions {
  /** What the screen is, for the failure message ("Jane's guide, step 3: the QR code"); the page's address otherwise. */
  screen?: string;
  /** Rule results shown to be wrong for one element each (see {@link AxeFalsePositive}). */
  falsePositives?: readonly AxeFalsePositive[];
}

/** Where each worker writes how many screens it checked; provided by the e2e globalSetup (test/e2e/support/accessibility-summary.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    accessibilityCountsDir: string;
  }
}

const RUN_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_TAGS] } };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** This module's count of screens checked, by browser, and the file it is written to. */
const checked: Record<BrowserKind, number> = { chromium: 0, firefox: 0 };
let countsFile: string | undefined;

function countScreen(kind: BrowserKind): void {
  checked[kind] += 1;
  // A file per module instance: a worker may run several test files, each with this module afresh.
  let dir: string | undefined;
  try {
    dir = inject('accessibilityCountsDir');
  } catch {
    // Outside a vitest run (a script using the kit): nothing to sum.
  }
  if (dir === undefined) return;
  countsFile ??= path.join(dir, `${String(process.pid)}-${randomUUID()}.json`);
  writeFileSync(countsFile, JSON.stringify(checked));
}

/** How a failure names an element: shadow roots joined with `>>>` (as the journeys' selectors), frames with `|>`. */
function describeTarget(node: NodeResult, where: string): string {
  const parts = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part));
  return [where, ...parts].filter((part) => part !== '').join(' |> ');
}

interface Found {
  rule: Result;
  node: NodeResult;
  target: string;
}

function violationsOf(results: AxeResults, where: string): Found[] {
  return results.violations.flatMap((rule) => rule.nodes.map((node) => ({ rule, node, target: describeTarget(node, where) })));
}

/** The page's frames other than its own: the secure frame in a panel, the options page in a frame. */
function childFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => frame !== page.mainFrame());
}

/** axe-core run by hand in one frame (the route for Firefox's extension frames, see below). */
async function runInFrame(frame: Frame): Promise<AxeResults> {
  await frame.evaluate(axeSource);
  return frame.evaluate((options: RunOptions) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options), RUN_OPTIONS);
}

/**
 * Checks the screen `page` shows against WCAG 2.0, 2.1 and 2.2 at levels A and AA with axe-core:
 * the portal page, the extension's panels in their open shadow roots, and every frame in it (the
 * secure frame, the options page). Fails with each violation: rule, impact, where, and what to do.
 * Call it once the screen is drawn and still (after `waitForPanelText`, `waitForSecureFrameToSettle`),
 * as a person would look at it: a frame still loading cannot be checked. Costs half a second to a
 * second (Firefox the more) on a busy 2-core machine. Each check is counted, and the e2e run prints
 * how many screens it checked in each browser.
 */
export async function expectAccessible(page: Page, options: AccessibleOptions = {}): Promise<void> {
  const kind: BrowserKind = (await page.browser().version()).toLowerCase().includes('firefox') ? 'firefox' : 'chromium';
  const frames = childFrames(page);
  let found: Found[];
  if (kind === 'chromium') {
    // @axe-core/puppeteer runs axe in each frame and puts the results together, frames included.
    const results = await new AxePuppeteer(page).options(RUN_OPTIONS).analyze();
    // It skips a frame it cannot reach without a word, so make sure each frame of the page was
    // seen: a result inside a frame has the frame's own selector first in its target.
    const nodes = [...results.passes, ...results.violations, ...results.incomplete].flatMap((rule) => rule.nodes);
    const framesSeen = new Set(nodes.filter((node) => node.target.length > 1).map((node) => JSON.stringify(node.target[0])));
    const framesOfPage = frames.filter((frame) => frame.parentFrame() === page.mainFrame()).length;
    if (framesSeen.size < framesOfPage) throw new Error(`axe reached ${String(framesSeen.size)} of the ${String(framesOfPage)} frames in ${page.url()}`);
    found = violationsOf(results, '');
  } else {
    // Over WebDriver BiDi, @axe-core/puppeteer's run across the extension's frames fails as it puts
    // the frames' results together (axe.finishRun: "r is undefined"), though axe itself runs in
    // those frames. So: the page without its frames, then axe in each frame by itself. (The frame
    // elements' own rules, frame-title, are left to Chromium, which checks the same elements.)
    const results = await new AxePuppeteer(page).options(RUN_OPTIONS).exclude('iframe').exclude({ fromShadowDom: ['esr-mfa-panel', 'iframe'] }).analyze();
    found = violationsOf(results, '');
    for (const frame of frames) {
      const href = await frame.evaluate(() => location.href);
      found.push(...violationsOf(await runInFrame(frame), `frame ${new URL(href).pathname}`));
    }
  }
  // The journey's tab again: @axe-core/puppeteer puts the results together in a tab of its own.
  await page.bringToFront();
  countScreen(kind);
  const falsePositives = options.falsePositives ?? [];
  const real = found.filter(({ rule, target }) => !falsePositives.some((fp) => fp.rule === rule.id && fp.target === target));
  if (real.length === 0) return;
  const lines = real.map(({ rule, node, target }) => `- ${rule.id} (${node.impact ?? rule.impact ?? 'no impact given'}) at ${target}\n    ${rule.help}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}\n    ${rule.helpUrl}`);
  throw new Error(`${String(real.length)} accessibility violation(s) on ${options.screen ?? page.url()} (${kind}):\n${lines.join('\n')}`);
}
