import { PNG } from 'pngjs';

/**
 * Writes a screenshot again at the highest compression, with the best filter chosen per row:
 * the same pixels, a smaller file (the guide's pictures are committed, so size matters).
 */
export function optimisePng(png: Uint8Array): Buffer {
  const image = PNG.sync.read(Buffer.from(png));
  return PNG.sync.write(image, { deflateLevel: 9, filterType: -1, colorType: 2, inputHasAlpha: true });
}

/**
 * How varied a picture is: the share of its pixels that differ clearly from its commonest colour.
 * A blank screenshot (all white, or all one colour) scores 0.
 */
export function colourfulness(png: Uint8Array): number {
  const image = PNG.sync.read(Buffer.from(png));
  const counts = new Map<number, number>();
  const pixels = image.width * image.height;
  for (let i = 0; i < image.data.length; i += 4) {
    // Colours rounded to 16 levels a channel, so anti-aliasing does not count as variety.
    const [red = 0, green = 0, blue = 0] = image.data.subarray(i, i + 3);
    const key = ((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const commonest = Math.max(...counts.values());
  return pixels === 0 ? 0 : 1 - commonest / pixels;
}

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const image = PNG.sync.read(Buffer.from(png));
  return { width: image.width, height: image.height };
}
