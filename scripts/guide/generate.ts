import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogueFor } from './catalogue.js';
import { openCast, PICTURE_VIEWPORT, VIDEO_VIEWPORT } from './cast.js';
import { guideHtml } from './html.js';
import { performGuide } from './journey.js';
import { PictureDirector, type StepPicture } from './pictures.js';
import { fileName, type Language } from './steps.js';
import { VideoDirector } from './video.js';

export interface GuideOptions {
  language: Language;
  /** The folder to write to: docs/guide for the committed guide, a temporary one in the test. */
  folder: string;
  /** Also record the video (a minute and a half more). */
  video: boolean;
}

export interface GuideOutput {
  html: string;
  pdf: string;
  pictures: StepPicture[];
  video?: { file: string; captions: string; seconds: number };
}

/** The step-by-step guide (HTML, pictures, PDF) and, when asked, the video, drawn from the real product. */
export async function generateGuide(options: GuideOptions): Promise<GuideOutput> {
  const { language, folder } = options;
  const words = catalogueFor(language);
  mkdirSync(folder, { recursive: true });
  const html = path.join(folder, fileName('mfa-step-by-step', language, 'html'));
  const pdf = path.join(folder, fileName('mfa-step-by-step', language, 'pdf'));

  const cast = await openCast(language, PICTURE_VIEWPORT);
  let pictures: StepPicture[];
  try {
    const director = new PictureDirector(folder, language);
    await performGuide(cast, director);
    pictures = director.pictures;
    writeFileSync(html, guideHtml(words, pictures));
    // Chromium prints the same page to PDF, so the two never disagree.
    const printing = await cast.browser.newPage();
    await printing.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    await printing.pdf({ path: pdf, format: 'A4', printBackground: true, tagged: true, outline: true });
    await printing.close();
  } finally {
    await cast.close();
  }
  if (!options.video) return { html, pdf, pictures };

  // A second run from the start, at a person's pace: the video shows the same steps in motion.
  const filming = await openCast(language, VIDEO_VIEWPORT);
  try {
    const director = new VideoDirector(words);
    // The first caption over the sign-in page, rather than a blank tab.
    await filming.portal.goto(`${filming.helper.origin}/login`, { waitUntil: 'load' });
    await director.opening(filming.portal);
    await performGuide(filming, director);
    await director.closing();
    const file = path.join(folder, fileName('mfa-setup-video', language, 'webm'));
    const captions = path.join(folder, fileName('mfa-setup-video', language, 'vtt'));
    const seconds = await director.finish(file, captions);
    return { html, pdf, pictures, video: { file, captions, seconds } };
  } finally {
    await filming.close();
  }
}
