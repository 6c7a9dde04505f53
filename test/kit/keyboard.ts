import type { Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';

/**
 * Keyboard-only journeys (WCAG 2.1.1, 2.4.3, 2.4.7): where the focus is, moving it with Tab as a
 * person does, and whether they can see it. The focus is looked up through open shadow roots (the
 * extension's panels) and into frames (the secure frame), since that is where a person's focus goes.
 */

/** The element a keyboard user is on. */
export interface FocusedElement {
  /** Lower-case tag name: `button`, `input`, `h2`; `body` when nothing in the page has focus, `outside the page` when the browser's own controls have it. */
  tag: string;
  /** Its role, given or implied: `button`, `link`, `textbox`, `checkbox`, `heading`, `generic`... */
  role: string;
  /** Its accessible name, whitespace collapsed: what a screen reader reads first. */
  name: string;
  /** The text of what it is described by (`aria-describedby`): a hint, and an error when there is one. */
  description: string;
  /** Its `aria-invalid` is `true`: a field in error. */
  invalid: boolean;
  /** Where it sits, outermost first: `esr-mfa-panel shadow root`, `frame chrome-extension://…/secure-frame.html`. Empty in the page itself. */
  inside: string[];
}

/** What a focus target is matched on: a name (exactly, whitespace collapsed, or a pattern) and optionally a role. */
export interface FocusTarget {
  name: string | RegExp;
  role?: string;
}

interface RawFocus {
  tag: string;
  role: string;
  name: string;
  description: string;
  invalid: boolean;
  roots: string[];
  frameSrc: string;
  documentFocused: boolean;
}

/**
 * Runs in a frame: describes its deepest focused element, following open shadow roots. Written as
 * one self-contained function because puppeteer sends its source to the browser.
 */
const describeFocusInFrame = (): RawFocus => {
  const roots: string[] = [];
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) {
    roots.push(`${element.tagName.toLowerCase()} shadow root`);
    element = element.shadowRoot.activeElement;
  }
  if (element === null) element = document.body;
  const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const root = element.getRootNode() as Document | ShadowRoot;
  const byIds = (ids: string | null): string => (ids ?? '').split(/\s+/).filter(Boolean).map((id) => text(root.getElementById(id))).filter(Boolean).join(' ');
  const tag = element.tagName.toLowerCase();
  const type = element.getAttribute('type') ?? 'text';
  const implicitRoles: Record<string, string> = { a: element.hasAttribute('href') ? 'link' : 'generic', button: 'button', summary: 'button', select: 'combobox', textarea: 'textbox', iframe: 'iframe', body: 'document', form: 'form', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading' };
  const inputRoles: Record<string, string> = { checkbox: 'checkbox', radio: 'radio', submit: 'button', button: 'button' };
  const role = element.getAttribute('role') ?? (tag === 'input' ? (inputRoles[type] ?? 'textbox') : (implicitRoles[tag] ?? 'generic'));
  let name = byIds(element.getAttribute('aria-labelledby')) || (element.getAttribute('aria-label') ?? '').trim();
  if (name === '' && (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) {
    name = Array.from(element.labels ?? [], (label) => text(label)).join(' ');
  }
  if (name === '' && tag === 'iframe') name = element.getAttribute('title') ?? '';
  if (name === '' && ['button', 'link', 'heading'].includes(role)) name = text(element);
  return {
    tag,
    role,
    name,
    description: byIds(element.getAttribute('aria-describedby')),
    invalid: element.getAttribute('aria-invalid') === 'true',
    roots,
    frameSrc: element instanceof HTMLIFrameElement ? element.src : '',
    documentFocused: document.hasFocus(),
  };
};

const OUTSIDE_THE_PAGE = 'outside the page';

/**
 * An address without its query and fragment: the secure frame is sent its language in the query
 * and a ticket in the fragment, and takes both out of its own address as it starts.
 */
const withoutFragment = (address: string): string => address.replace(/[?#].*$/, '');

/** The child frame drawn by an iframe element with this address. */
function childFrameFor(frame: Frame, src: string): Frame | undefined {
  const children = frame.childFrames();
  return children.find((child) => child.url() === src) ?? children.find((child) => withoutFragment(child.url()) === withoutFragment(src));
}

/** Finds the focused element and the frame it is in, going into focused frames. */
async function locateFocus(page: Page): Promise<{ focused: FocusedElement; frame: Frame }> {
  const inside: string[] = [];
  let frame = page.mainFrame();
  for (;;) {
    const raw = await frame.evaluate(describeFocusInFrame);
    // Tab past the page's last control goes to the browser's own controls; Firefox then keeps the
    // last element as the active one, though it has no focus. (A focused frame is followed below.)
    if (frame === page.mainFrame() && !raw.documentFocused && raw.tag !== 'iframe') {
      return { focused: { tag: OUTSIDE_THE_PAGE, role: 'none', name: '', description: '', invalid: false, inside: [] }, frame };
    }
    inside.push(...raw.roots);
    const child = raw.tag === 'iframe' ? childFrameFor(frame, raw.frameSrc) : undefined;
    if (child === undefined) {
      return { focused: { tag: raw.tag, role: raw.role, name: raw.name, description: raw.description, invalid: raw.invalid, inside }, frame };
    }
    inside.push(`frame ${withoutFragment(raw.frameSrc)}`);
    frame = child;
  }
}

/**
 * Describes the element a keyboard user is on, looked up through open shadow roots and into frames
 * (the secure frame is an extension page inside the panel's shadow root).
 */
export async function focusedElement(page: Page): Promise<FocusedElement> {
  return (await locateFocus(page)).focused;
}

/** One line for a person reading a failure: `button "Continue" in esr-mfa-panel shadow root`. */
export function describeFocus(focused: FocusedElement): string {
  const where = focused.inside.length === 0 ? '' : ` in ${focused.inside.join(' > ')}`;
  return `${focused.role} "${focused.name}" <${focused.tag}>${where}`;
}

/** Whether the focused element is the one described. */
export function focusMatches(focused: FocusedElement, target: FocusTarget): boolean {
  if (target.role !== undefined && focused.role !== target.role) return false;
  return typeof target.name === 'string' ? focused.name === target.name.replace(/\s+/g, ' ').trim() : target.name.test(focused.name);
}

const targetText = (target: FocusTarget): string => `${target.role ?? 'element'} ${typeof target.name === 'string' ? `"${target.name}"` : String(target.name)}`;

/** A stable identity for cycle detection: where it is and what it is. */
const focusKey = (focused: FocusedElement): string => JSON.stringify([focused.inside, focused.tag, focused.role, focused.name]);

/** The next animation frame in the page: the soonest the focus it shows can change. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/**
 * Presses a key that moves focus and resolves with where it went. Focus that crosses into or out of
 * an extension frame (another process in Chromium) arrives a moment after the key, and a frame can
 * have the focus a moment before its element does, so this waits, frame by drawn frame, for the
 * focus to leave `from` and settle on an element (or five seconds, for a page where Tab cannot move it).
 */
async function pressAndFollow(page: Page, key: 'Tab' | 'Shift+Tab', from: FocusedElement): Promise<FocusedElement> {
  if (key === 'Shift+Tab') {
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
  } else {
    await page.keyboard.press('Tab');
  }
  const deadline = Date.now() + 5_000;
  // Not settled while the focus is on a frame's own element or body: the element inside it that
  // takes the focus is a moment behind, and more than a moment on a loaded machine.
  const settled = (focused: FocusedElement) =>
    focusKey(focused) !== focusKey(from) && focused.tag !== 'iframe' && !(focused.tag === 'body' && focused.inside.some((place) => place.startsWith('frame ')));
  let focused = await focusedElement(page);
  while (!settled(focused) && Date.now() < deadline) {
    await nextFrame(page);
    focused = await focusedElement(page);
  }
  return focused;
}

export interface TabToOptions {
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
  /** Gives up after this many presses even without a cycle (default 60). */
  maxPresses?: number;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element, looked up through shadow roots and into
 * frames, matches `target`, as a keyboard user moves through a page; presses nothing if the focus
 * is there already. Fails with every element the focus passed through if it comes round to one it
 * has already been on (leaving the page for the browser's own controls counts as one), or gives
 * up, without finding it. Resolves with the element found.
 */
export async function tabTo(page: Page, target: FocusTarget, options: TabToOptions = {}): Promise<FocusedElement> {
  const key = options.backwards === true ? 'Shift+Tab' : 'Tab';
  let focused = await focusedElement(page);
  if (focusMatches(focused, target)) return focused;
  const path = [focused];
  const seen = new Set([focusKey(focused)]);
  for (let presses = 0; presses < (options.maxPresses ?? 60); presses++) {
    focused = await pressAndFollow(page, key, focused);
    path.push(focused);
    if (focusMatches(focused, target)) return focused;
    if (seen.has(focusKey(focused))) break;
    seen.add(focusKey(focused));
  }
  throw new Error(`${key} never reached ${targetText(target)}. The focus went:\n${path.map((f) => `  ${describeFocus(f)}`).join('\n')}`);
}

/**
 * Waits until the focus is on `target` (after a page loads, a step changes, an error shows), as a
 * keyboard user finds it; fails with where the focus is instead.
 */
export async function waitForFocus(page: Page, target: FocusTarget, timeoutMs = 5_000): Promise<FocusedElement> {
  const deadline = Date.now() + timeoutMs;
  let focused = await focusedElement(page);
  while (!focusMatches(focused, target)) {
    if (Date.now() > deadline) throw new Error(`The focus never came to ${targetText(target)}: it is on ${describeFocus(focused)}`);
    await nextFrame(page);
    focused = await focusedElement(page);
  }
  return focused;
}

interface FocusLook {
  focusVisible: boolean;
  focused: Record<string, string>;
  unfocused: Record<string, string>;
}

/**
 * Runs in the focused element's frame: its computed look, and the look of an unfocused copy of it
 * put beside it for a moment (same classes, same place in the styles), so that only the focus differs.
 */
const lookWithAndWithoutFocus = (): FocusLook => {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (element === null) element = document.body;
  const properties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'border-top-color', 'border-bottom-color', 'border-left-color', 'border-right-color', 'text-decoration-line'];
  const look = (of: Element): Record<string, string> => {
    const style = getComputedStyle(of);
    return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
  };
  const copy = element.cloneNode(true) as Element;
  copy.removeAttribute('id');
  copy.setAttribute('aria-hidden', 'true');
  for (const inner of Array.from(copy.querySelectorAll('[id], iframe'))) {
    if (inner.tagName === 'IFRAME') inner.remove();
    else inner.removeAttribute('id');
  }
  element.after(copy);
  try {
    return { focusVisible: element.matches(':focus-visible'), focused: look(element), unfocused: look(copy) };
  } finally {
    copy.remove();
  }
};

/** Whether an outline is drawn at all: a style, a width, and a colour that is not transparent. */
function drawnOutline(look: Record<string, string>): string {
  const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(look['outline-color'] ?? '');
  const drawn = look['outline-style'] !== 'none' && look['outline-width'] !== '0px' && !transparent;
  return drawn ? `${look['outline-style']} ${look['outline-width']} ${look['outline-color']}` : 'none';
}

/**
 * Fails unless the focused element (through shadow roots and frames) shows a visible focus
 * indicator (WCAG 2.4.7): an outline, shadow, background or border that its unfocused self does
 * not have. A `:focus-visible` match alone is not enough, since a style can take the ring away.
 */
export async function expectFocusVisible(page: Page): Promise<FocusedElement> {
  const { focused, frame } = await locateFocus(page);
  expect([OUTSIDE_THE_PAGE, 'body'], 'nothing in the page has the focus').not.toContain(focused.tag);
  const look = await frame.evaluate(lookWithAndWithoutFocus);
  const differences = Object.keys(look.focused).filter((property) => !property.startsWith('outline') && look.focused[property] !== look.unfocused[property]);
  if (drawnOutline(look.focused) !== drawnOutline(look.unfocused)) differences.push('outline');
  expect(differences, `no visible focus on ${describeFocus(focused)} (:focus-visible ${look.focusVisible ? 'matches' : 'does not match'}); focused ${JSON.stringify(look.focused)}, unfocused ${JSON.stringify(look.unfocused)}`).not.toEqual([]);
  return focused;
}

/** Presses Enter on what has focus and waits for the page it loads, as a person submits a form by keyboard. */
export async function pressEnterAndWait(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}
