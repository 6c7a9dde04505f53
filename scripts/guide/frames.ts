import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';

interface Frame { file: string; at: number }

/**
 * Chromium's screencast, kept as frames with the time each was drawn: a frame comes only when the
 * picture changes, so a still screen is one frame shown until the next. Joined by their times, the
 * video runs at the pace the journey ran, whichever tab was on stage.
 */
export class FrameRecorder {
  private readonly frames: Frame[] = [];
  private session: CDPSession | undefined;

  constructor(private readonly folder: string) {}

  async start(page: Page): Promise<void> {
    const session = await page.createCDPSession();
    this.session = session;
    session.on('Page.screencastFrame', (event) => {
      const file = path.join(this.folder, `frame-${String(this.frames.length).padStart(5, '0')}.jpg`);
      writeFileSync(file, Buffer.from(event.data, 'base64'));
      this.frames.push({ file, at: event.metadata.timestamp ?? Date.now() / 1000 });
      void session.send('Page.screencastFrameAck', { sessionId: event.sessionId }).catch(() => undefined);
    });
    await session.send('Page.startScreencast', { format: 'jpeg', quality: 90 });
  }

  async stop(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (session === undefined) return;
    await session.send('Page.stopScreencast');
    await session.detach();
  }

  /** An ffmpeg concat list: each frame for as long as it was on the screen, the last until `end` (seconds since the epoch). */
  concatList(end: number): string {
    const lines = this.frames.flatMap((frame, index) => [`file '${frame.file}'`, `duration ${Math.max(0.001, (this.frames[index + 1]?.at ?? end) - frame.at).toFixed(3)}`]);
    const last = this.frames.at(-1);
    // The concat demuxer takes the last duration only when the last file is named again.
    return [...lines, ...(last === undefined ? [] : [`file '${last.file}'`])].join('\n');
  }

  /** When the first frame was drawn, in seconds since the epoch. */
  get firstAt(): number {
    return this.frames[0]?.at ?? Date.now() / 1000;
  }
}
