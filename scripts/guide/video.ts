import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, ScreenRecorder } from 'puppeteer-core';
import { outline, removeOutline, type Shot } from './capture.js';
import type { GuideCatalogue } from './catalogue.js';
import type { Director } from './journey.js';
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

interface Cue { segment: number; from: number; to: number; text: string }

/**
 * Records the journey as a video: each tab's frames while it is on stage (Chromium's screencast,
 * encoded by ffmpeg), joined end to end, with each step's caption in a bar across the bottom of the
 * picture and in a WebVTT file beside it.
 */
export class VideoDirector implements Director {
  readonly typingDelayMs = 90;
  private readonly work = mkdtempSync(path.join(tmpdir(), 'esr-mfa-guide-video-'));
  private readonly segments: string[] = [];
  /** Wall-clock milliseconds each segment was recorded for. */
  private readonly segmentWallMs: number[] = [];
  private readonly cues: Cue[] = [];
  private recorder: ScreenRecorder | undefined;
  private onAir: Page | undefined;
  private segmentStartedAt = 0;
  private caption = '';
  private readonly captioned = new WeakSet<Page>();

  constructor(private readonly words: GuideCatalogue) {}

  async onStage(page: Page): Promise<void> {
    if (this.onAir === page) return;
    await this.stopSegment();
    await page.bringToFront();
    this.keepCaptionOn(page);
    await showCaption(page, this.caption);
    const file = path.join(this.work, `segment-${String(this.segments.length).padStart(2, '0')}.webm`);
    this.segments.push(file);
    this.recorder = await page.screencast({ path: file as `${string}.webm`, ffmpegPath: FFMPEG, fps: 15, quality: 34 });
    this.onAir = page;
    this.segmentStartedAt = Date.now();
  }

  async step(id: GuideStepId, shot: Shot): Promise<void> {
    await this.onStage(shot.page);
    await this.say(this.words.steps[id].caption, async () => {
      await outline(shot.page, shot.highlight);
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
    await this.stopSegment();
    // The screencast's files carry no duration, and hold fewer frames than wall time when the screen
    // stands still: remuxed, each says how long it plays, and cue times are scaled to it.
    const durations = this.segments.map((file) => {
      const remuxed = file.replace(/\.webm$/, '-remuxed.webm');
      execFileSync(FFMPEG, ['-loglevel', 'error', '-y', '-i', file, '-c', 'copy', remuxed]);
      return duration(remuxed);
    });
    const list = path.join(this.work, 'segments.txt');
    writeFileSync(list, this.segments.map((file) => `file '${file}'`).join('\n'));
    // One encode of the joined segments: small enough to keep in the repository, sharp enough to read.
    execFileSync(FFMPEG, ['-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c:v', 'libvpx-vp9', '-crf', '42', '-b:v', '0', '-row-mt', '1', '-deadline', 'good', '-cpu-used', '4', '-an', video]);
    const starts = durations.map((_, index) => durations.slice(0, index).reduce((sum, d) => sum + d, 0));
    const scale = (segment: number): number => (durations[segment] ?? 0) / ((this.segmentWallMs[segment] ?? 1) / 1000);
    const at = (segment: number, seconds: number): number => (starts[segment] ?? 0) + seconds * scale(segment);
    writeFileSync(captions, webVtt(this.cues.map((cue) => ({ from: at(cue.segment, cue.from), to: at(cue.segment, cue.to), text: cue.text }))));
    rmSync(this.work, { recursive: true, force: true });
    return duration(video);
  }

  private async say(text: string, during: () => Promise<void>): Promise<void> {
    const page = this.onAir;
    if (page === undefined) throw new Error('Nothing is on stage');
    this.caption = text;
    await showCaption(page, text);
    const from = this.sinceSegmentStart();
    await during();
    this.cues.push({ segment: this.segments.length - 1, from, to: this.sinceSegmentStart(), text });
  }

  private sinceSegmentStart(): number {
    return (Date.now() - this.segmentStartedAt) / 1000;
  }

  /** A page loses the caption bar when it navigates: it is drawn again on every load. */
  private keepCaptionOn(page: Page): void {
    if (this.captioned.has(page)) return;
    this.captioned.add(page);
    page.on('load', () => { void showCaption(page, this.caption).catch(() => undefined); });
  }

  private async stopSegment(): Promise<void> {
    if (this.recorder !== undefined) this.segmentWallMs.push(Date.now() - this.segmentStartedAt);
    await this.recorder?.stop();
    this.recorder = undefined;
    this.onAir = undefined;
  }
}

function hold(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The caption bar: part of the picture, over the bottom of the page, drawn by the guide, not the product. */
async function showCaption(page: Page, text: string): Promise<void> {
  await page.evaluate((id: string, caption: string) => {
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
    }
    bar.textContent = caption;
  }, CAPTION_ID, text);
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
