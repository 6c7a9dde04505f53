import { PNG } from 'pngjs';

/**
 * Reads an X Window Dump (XWD, version 7), the format Xvfb keeps its screen in with `-fbdir`: a
 * header of 25 big-endian 32-bit fields and the window's name, a colour map of 12-byte entries,
 * then the pixels, row by row, in the byte order the header names. Only true-colour pixels of 16,
 * 24 or 32 bits are read, which is what Xvfb's `-screen 0 WxHx24` makes.
 */
export interface XwdImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Buffer;
}

const HEADER_FIELDS = 25;
const COLOUR_ENTRY_BYTES = 12;

export function readXwd(file: Buffer): XwdImage {
  if (file.length < HEADER_FIELDS * 4) throw new Error('Not an XWD file: too short');
  const field = (index: number) => file.readUInt32BE(index * 4);
  const [headerSize, version, format, width, height, byteOrder, bitsPerPixel, bytesPerLine, redMask, greenMask, blueMask, colourCount] =
    [0, 1, 2, 4, 5, 7, 11, 12, 14, 15, 16, 19].map(field) as [number, number, number, number, number, number, number, number, number, number, number, number];
  if (version !== 7) throw new Error(`Not an XWD version 7 file (version ${version})`);
  if (format !== 2) throw new Error(`Only ZPixmap XWD images are read (format ${format})`);
  if (![16, 24, 32].includes(bitsPerPixel)) throw new Error(`Only 16, 24 or 32 bits a pixel are read (${bitsPerPixel})`);
  const pixelsAt = headerSize + colourCount * COLOUR_ENTRY_BYTES;
  if (file.length < pixelsAt + bytesPerLine * height) throw new Error('XWD file is shorter than its header says');

  const bytesPerPixel = bitsPerPixel / 8;
  const littleEndian = byteOrder === 0;
  // A channel's mask says where its bits are (0xff0000 for red in 24-bit colour): scaled to 0-255.
  const channel = (pixel: number, mask: number) => {
    if (mask === 0) return 0;
    const lowest = 31 - Math.clz32(mask & -mask);
    return Math.round((((pixel & mask) >>> lowest) * 255) / (mask >>> lowest));
  };
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = pixelsAt + y * bytesPerLine;
    for (let x = 0; x < width; x++) {
      const at = row + x * bytesPerPixel;
      let pixel = 0;
      for (let b = 0; b < bytesPerPixel; b++) {
        const byte = file[at + (littleEndian ? b : bytesPerPixel - 1 - b)] ?? 0;
        pixel |= byte << (8 * b);
      }
      pixel >>>= 0;
      const out = (y * width + x) * 4;
      rgba[out] = channel(pixel, redMask);
      rgba[out + 1] = channel(pixel, greenMask);
      rgba[out + 2] = channel(pixel, blueMask);
      rgba[out + 3] = 255;
    }
  }
  return { width, height, rgba };
}

export function xwdToPng(file: Buffer): Buffer {
  const image = readXwd(file);
  const png = new PNG({ width: image.width, height: image.height });
  image.rgba.copy(png.data);
  return PNG.sync.write(png);
}

/** How many different colours the image has: a blank screen has one, a web page hundreds. */
export function distinctColours(image: XwdImage): number {
  const seen = new Set<number>();
  for (let at = 0; at < image.rgba.length; at += 4) seen.add(image.rgba.readUInt32BE(at));
  return seen.size;
}
