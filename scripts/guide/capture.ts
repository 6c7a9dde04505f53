import type { ElementHandle, Page } from 'puppeteer-core';

/** Something on a screen: a selector (puppeteer's, `>>>` reaching into the panels' shadow roots) or an element already found. */
export type Spot = string | ElementHandle;

/** A step's picture: the part of the screen that matters, and the control to use in it. */
export interface Shot {
  page: Page;
  /** The control to outline. */
  highlight: Spot;
  /** The part of the screen to keep; the panel (or form) the control is in when left out. */
  area?: Spot;
}

export const OUTLINE_ID = 'esr-guide-highlight';

export async function find(page: Page, spot: Spot): Promise<ElementHandle> {
  if (typeof spot !== 'string') return spot;
  const found = await page.waitForSelector(spot, { visible: true });
  if (found === null) throw new Error(`Nothing on the screen matches ${spot}`);
  return found;
}

/** The area of a shot: as given, or the extension's panel (or the page's form) around the control. */
export async function areaOf(shot: Shot): Promise<ElementHandle> {
  if (shot.area !== undefined) return find(shot.page, shot.area);
  const control = await find(shot.page, shot.highlight);
  return control.evaluateHandle((element) => element.closest('.panel, form, section') ?? element);
}

/**
 * Draws an outline round the control, in a box of the guide's own laid over the page (outside the
 * extension's shadow roots, so the product's own styles and elements stay as they are). Boxes are in
 * the page's coordinates, so scrolling does not move the outline off its control.
 */
export async function outline(page: Page, spot: Spot): Promise<void> {
  const control = await find(page, spot);
  await control.scrollIntoView();
  const box = await control.boundingBox();
  if (box === null) throw new Error('The control to outline is not on the screen');
  await page.evaluate((id: string, rect: { x: number; y: number; width: number; height: number }) => {
    document.getElementById(id)?.remove();
    const mark = document.createElement('div');
    mark.id = id;
    mark.setAttribute('aria-hidden', 'true');
    const gap = 4;
    Object.assign(mark.style, {
      position: 'absolute',
      // Whole pixels: the same outline, pixel for pixel, every run.
      left: `${Math.round(rect.x + window.scrollX - gap)}px`,
      top: `${Math.round(rect.y + window.scrollY - gap)}px`,
      width: `${Math.round(rect.width + 2 * gap)}px`,
      height: `${Math.round(rect.height + 2 * gap)}px`,
      border: '4px solid #d5281b',
      borderRadius: '6px',
      boxSizing: 'border-box',
      // A white ring outside the red, so the outline shows on the blue and green of the product too.
      boxShadow: '0 0 0 2px #fff',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    document.body.append(mark);
  }, OUTLINE_ID, box);
}

/**
 * The focus ring of whatever was last clicked or typed in (or a heading given focus) would look like
 * a second outline: the picture is of the screen before the person reaches for the control.
 */
async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });
}

export async function removeOutline(page: Page): Promise<void> {
  await page.evaluate((id: string) => { document.getElementById(id)?.remove(); }, OUTLINE_ID);
}

/** A PNG of the shot's area with its control outlined, a little margin round it so the outline shows whole. */
export async function picture(shot: Shot): Promise<Uint8Array> {
  const area = await areaOf(shot);
  await area.scrollIntoView();
  await blurFocus(shot.page);
  // A code that has just changed, or a countdown ring, may still be moving: picture it once still, as a person reads it.
  await shot.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
  await outline(shot.page, shot.highlight);
  const box = await area.boundingBox();
  if (box === null) throw new Error('The area to picture is not on the screen');
  const margin = 12;
  const width = shot.page.viewport()?.width ?? 1024;
  // A screenshot's clip is in the document's coordinates, a bounding box in the window's.
  const { scrollX, scrollY } = await shot.page.evaluate(() => ({ scrollX: window.scrollX, scrollY: window.scrollY }));
  const x = Math.max(0, box.x - margin);
  const clip = { x: x + scrollX, y: Math.max(0, box.y + scrollY - margin), width: Math.min(width - x, box.width + 2 * margin), height: box.height + 2 * margin };
  try {
    return await shot.page.screenshot({ type: 'png', clip, captureBeyondViewport: false });
  } finally {
    await removeOutline(shot.page);
  }
}
