import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { distinctColours, readXwd, xwdToPng } from './xwd.js';

/** A small XWD file as Xvfb writes one: header, window name, colour map, pixels. */
function xwd(options: { width: number; height: number; bitsPerPixel: number; littleEndian: boolean; masks: [number, number, number]; pixels: number[]; colours?: number }): Buffer {
  const name = Buffer.from('screen\0');
  const headerSize = 100 + name.length;
  const bytesPerPixel = options.bitsPerPixel / 8;
  // Rows padded to 4 bytes, as X pads them.
  const bytesPerLine = Math.ceil((options.width * bytesPerPixel) / 4) * 4;
  const colours = options.colours ?? 0;
  const header = Buffer.alloc(100);
  const fields = [headerSize, 7, 2, 24, options.width, options.height, 0, options.littleEndian ? 0 : 1, 32, 0, 32, options.bitsPerPixel, bytesPerLine, 4, ...options.masks, 8, colours, colours, options.width, options.height, 0, 0, 0];
  fields.forEach((value, index) => { header.writeUInt32BE(value >>> 0, index * 4); });
  const pixels = Buffer.alloc(bytesPerLine * options.height);
  options.pixels.forEach((pixel, index) => {
    const at = Math.floor(index / options.width) * bytesPerLine + (index % options.width) * bytesPerPixel;
    for (let b = 0; b < bytesPerPixel; b++) pixels[at + (options.littleEndian ? b : bytesPerPixel - 1 - b)] = (pixel >>> (8 * b)) & 0xff;
  });
  return Buffer.concat([header, name, Buffer.alloc(colours * 12), pixels]);
}

describe('reading the X screen Xvfb keeps (XWD)', () => {
  it('reads 32-bit true colour in the server byte order, past a colour map', () => {
    const file = xwd({ width: 3, height: 1, bitsPerPixel: 32, littleEndian: true, masks: [0xff0000, 0x00ff00, 0x0000ff], pixels: [0x005eb8, 0xffeb3b, 0x000000], colours: 256 });
    const image = readXwd(file);
    expect([image.width, image.height]).toEqual([3, 1]);
    expect([...image.rgba]).toEqual([0, 94, 184, 255, 255, 235, 59, 255, 0, 0, 0, 255]);
    expect(distinctColours(image)).toBe(3);
  });

  it('reads 16-bit colour (5-6-5) most significant byte first, with padded rows', () => {
    const file = xwd({ width: 1, height: 2, bitsPerPixel: 16, littleEndian: false, masks: [0xf800, 0x07e0, 0x001f], pixels: [0xf800, 0x07ff] });
    expect([...readXwd(file).rgba]).toEqual([255, 0, 0, 255, 0, 255, 255, 255]);
  });

  it('makes a PNG of the same pixels', () => {
    const png = PNG.sync.read(xwdToPng(xwd({ width: 2, height: 2, bitsPerPixel: 32, littleEndian: true, masks: [0xff0000, 0x00ff00, 0x0000ff], pixels: [0xff0000, 0x00ff00, 0x0000ff, 0xffffff] })));
    expect([png.width, png.height]).toEqual([2, 2]);
    expect([...png.data]).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
  });

  it('refuses what it cannot read', () => {
    expect(() => readXwd(Buffer.alloc(10))).toThrow(/too short/);
    const file = xwd({ width: 1, height: 1, bitsPerPixel: 32, littleEndian: true, masks: [0xff0000, 0x00ff00, 0x0000ff], pixels: [0] });
    file.writeUInt32BE(6, 4);
    expect(() => readXwd(file)).toThrow(/version 7/);
  });
});
