import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { picture, type Shot } from './capture.js';
import type { Director } from './journey.js';
import { optimisePng, pngSize } from './png.js';
import { GUIDE_STEPS, type GuideStepId, type Language } from './steps.js';

export interface StepPicture {
  id: GuideStepId;
  /** Relative to the guide's folder: images/… */
  src: string;
  width: number;
  height: number;
}

/** The name of a step's picture: its number and id, with the language for every language but English. */
export function pictureName(id: GuideStepId, language: Language): string {
  const number = String(GUIDE_STEPS.indexOf(id) + 1).padStart(2, '0');
  return `images/${number}-${id}${language === 'en' ? '' : `.${language}`}.png`;
}

/** Takes each step's picture as the journey reaches it, into `folder`/images. */
export class PictureDirector implements Director {
  readonly typingDelayMs = 0;
  readonly pictures: StepPicture[] = [];

  constructor(private readonly folder: string, private readonly language: Language) {
    mkdirSync(path.join(folder, 'images'), { recursive: true });
  }

  async onStage(page: Page): Promise<void> {
    await page.bringToFront();
  }

  async step(id: GuideStepId, shot: Shot): Promise<void> {
    const png = optimisePng(await picture(shot));
    const src = pictureName(id, this.language);
    writeFileSync(path.join(this.folder, src), png);
    this.pictures.push({ id, src, ...pngSize(png) });
  }
}
