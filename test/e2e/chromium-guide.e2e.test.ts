import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueFor } from '../../scripts/guide/catalogue.js';
import { generateGuide } from '../../scripts/guide/generate.js';
import { colourfulness } from '../../scripts/guide/png.js';
import { GUIDE_STEPS } from '../../scripts/guide/steps.js';

/**
 * The step-by-step guide (docs/guide) is drawn from the real extension and helper by `npm run guide`.
 * This draws it again, HTML, pictures and PDF, in Chromium (the video is left to npm run guide: it
 * takes a minute and a half of recording), and fails when the product no longer lets a step be
 * reached, a picture comes out blank, or the guide shows other steps than it promises.
 */
describe('The step-by-step guide', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'esr-mfa-guide-test-'));
  afterAll(() => { rmSync(folder, { recursive: true, force: true }); });

  it('is drawn from the product with every step it promises, each with a picture that is not blank, and prints to PDF', async () => {
    const output = await generateGuide({ language: 'en', folder, video: false });
    const words = catalogueFor('en');

    // The pictures, in the order the guide promises, none of them blank.
    expect(output.pictures.map((shot) => shot.id)).toEqual([...GUIDE_STEPS]);
    for (const shot of output.pictures) {
      const png = readFileSync(path.join(folder, shot.src));
      expect(colourfulness(png), `${shot.src} is blank or nearly so`).toBeGreaterThan(0.02);
      expect(shot.width * shot.height, `${shot.src} is too small to show anything`).toBeGreaterThan(200 * 100);
    }

    // The page a person reads: the steps, numbered in order, each with its picture, alt text and caption.
    const html = readFileSync(output.html, 'utf8');
    const steps = [...html.matchAll(/<li class="step" id="step-([a-z-]+)" data-step="\1" value="(\d+)">\s*<figure>\s*<img src="([^"]+)"[^>]* alt="([^"]+)">\s*<figcaption>([^<]+)<\/figcaption>/g)];
    expect(steps.map((step) => step[1])).toEqual([...GUIDE_STEPS]);
    steps.forEach((step, index) => {
      expect(step[2]).toBe(String(index + 1));
      expect(step[3]).toBe(output.pictures[index]?.src);
      expect(step[5]).toBe(words.steps[GUIDE_STEPS[index]!].caption.replace(/"/g, '&quot;'));
    });
    expect(html).not.toMatch(/href="https?:/);

    // Chromium's PDF of the same page: a PDF, with pages.
    const pdf = readFileSync(output.pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(1);
  }, 180_000);
});
