import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { OUTLINE_ID, outline, removeOutline, type Shot } from './capture.js';
import type { GuideCatalogue } from './catalogue.js';
import type { Director } from './journey.js';
import { FrameRecorder } from './frames.js';
import type { GuideStepId } from './steps.js';

const FFMPEG = process.env['FFMPEG_PATH'] ?? '/usr/bin/ffmpeg';
const FFPROBE = process.env['FFPROBE_PATH'] ?? '/usr/bin/ffprobe';
const CAPTION_ID = 'esr-guide-caption';
/**
 * How long each step stays on screen with its caption and outline: the time a person needs to
 * read one line and find the control. The video is for people, so here, unlike in a test, the
 * script waits on purpose.
 */
const READING_MS = 3800;

/** A caption, from and to in seconds since the epoch. */
interface Cue { from: number; to: number; text: string }

/**
 * Records the journey as a video: the frames of whichever tab is on stage (Chromium's screencast),
 * joined by the time each was drawn and encoded by ffmpeg, with each step's caption in a bar across
 * the bottom of the picture and in a WebVTT file beside it.
 */
export class VideoDirector implements Director {
  readonly typingDelayMs = 90;
  private readonly work = mkdtempSync(path.join(tmpdir(), 'esr-mfa-guide-video-'));
  private readonly recorder = new FrameRecorder(this.work);
  private readonly cues: Cue[] = [];
  private onAir: Page | undefined;
  private caption = '';
  private readonly captioned = new WeakSet<Page>();

  constructor(private readonly words: GuideCatalogue) {}

  async onStage(page: Page): Promise<void> {
    if (this.onAir === page) return;
    await this.recorder.stop();
    await page.bringToFront();
    this.keepCaptionOn(page);
    await showCaption(page, this.caption);
    await this.recorder.start(page);
    this.onAir = page;
  }

  async step(id: GuideStepId, shot: Shot): Promise<void> {
    await this.onStage(shot.page);
    await this.say(this.words.steps[id].caption, async () => {
      await outline(shot.page, shot.highlight);
      await clearOfCaption(shot.page);
      await hold(READING_MS);
      await removeOutline(shot.page);
    });
  }

  /** The first caption, over the sign-in page before anything is typed. */
  async opening(page: Page): Promise<void> {
    await this.onStage(page);
    await this.say(this.words.videoStart, () => hold(READING_MS * 0.75));
  }

  /** The last caption, and the end of the recording. */
  async closing(): Promise<void> {
    await this.say(this.words.videoEnd, () => hold(READING_MS));
  }

  /** Writes the video and its captions: `video` (.webm) and `captions` (.vtt). Returns the video's length in seconds. */
  async finish(video: string, captions: string): Promise<number> {
    await this.recorder.stop();
    const end = Date.now() / 1000;
    const list = path.join(this.work, 'frames.txt');
    writeFileSync(list, this.recorder.concatList(end));
    // One encode at an even 15 frames a second: small enough to keep in the repository, sharp enough to read.
    execFileSync(FFMPEG, ['-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-vf', 'fps=15,format=yuv420p', '-c:v', 'libvpx-vp9', '-crf', '40', '-b:v', '0', '-row-mt', '1', '-deadline', 'good', '-cpu-used', '4', '-an', video]);
    const start = this.recorder.firstAt;
    writeFileSync(captions, webVtt(this.cues.map((cue) => ({ from: Math.max(0, cue.from - start), to: cue.to - start, text: cue.text }))));
    rmSync(this.work, { recursive: true, force: true });
    return duration(video);
  }

  private async say(text: string, during: () => Promise<void>): Promise<void> {
    const page = this.onAir;
    if (page === undefined) throw new Error('Nothing is on stage');
    this.caption = text;
    await showCaption(page, text);
    const from = Date.now() / 1000;
    await during();
    this.cues.push({ from, to: Date.now() / 1000, text });
  }

  /** A page loses the caption bar when it navigates: it is drawn again on every load. */
  private keepCaptionOn(page: Page): void {
    if (this.captioned.has(page)) return;
    this.captioned.add(page);
    page.on('load', () => { void showCaption(page, this.caption).catch(() => undefined); });
  }
}

/** Scrolls the outlined control up out from under the caption bar (the page has room: see showCaption). */
async function clearOfCaption(page: Page): Promise<void> {
  await page.evaluate((outlineId: string, captionId: string) => {
    const marked = document.getElementById(outlineId)?.getBoundingClientRect();
    const bar = document.getElementById(captionId)?.getBoundingClientRect();
    if (marked === undefined || bar === undefined) return;
    const hidden = marked.bottom + 8 - bar.top;
    if (hidden > 0) window.scrollBy({ top: Math.min(hidden, Math.max(0, marked.top - 8)), behavior: 'instant' });
  }, OUTLINE_ID, CAPTION_ID);
}

function hold(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The caption bar: part of the picture, over the bottom of the page, drawn by the guide, not the product. */
async function showCaption(page: Page, text: string): Promise<void> {
  await page.evaluate((id: string, caption: string, readingMs: number) => {
    let bar = document.getElementById(id);
    if (caption === '') { bar?.remove(); return; }
    if (bar === null) {
      bar = document.createElement('div');
      bar.id = id;
      bar.setAttribute('aria-hidden', 'true');
      Object.assign(bar.style, {
        position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', padding: '14px 24px', pointerEvents: 'none',
        background: 'rgba(33, 43, 50, 0.92)', color: '#fff', font: 'bold 22px/1.35 Arial, Helvetica, sans-serif', textAlign: 'center',
      });
      document.body.append(bar);
      // Room below the page's own end, so whatever the bar would cover can scroll up above it.
      document.body.style.paddingBottom = '120px';
    }
    bar.textContent = caption;
    // A line that grows under the caption while it is read, in a few steps (each a frame to
    // record, so not smoothly): it shows how long the step stays on the screen.
    const line = document.createElement('div');
    Object.assign(line.style, { position: 'absolute', left: '0', bottom: '0', height: '4px', width: '0', background: '#ffeb3b' });
    bar.append(line);
    line.animate([{ width: '0%' }, { width: '100%' }], { duration: readingMs, fill: 'forwards', easing: 'steps(8, end)' });
  }, CAPTION_ID, text, READING_MS);
}

function duration(file: string): number {
  return Number(execFileSync(FFPROBE, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' }).trim());
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

export function webVtt(cues: readonly { from: number; to: number; text: string }[]): string {
  return `WEBVTT\n\n${cues.map((cue, index) => `${index + 1}\n${timestamp(cue.from)} --> ${timestamp(cue.to)}\n${cue.text}\n`).join('\n')}`;
}
