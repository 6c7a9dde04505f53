import { describe, expect, expectTypeOf, it } from 'vitest';
import { EXTENSION_MESSAGES } from './all.js';
import { CONTENT_MESSAGES } from './content.js';
import { FRAME_MESSAGES } from './frame.js';
import { OPTIONS_MESSAGES } from './options.js';

const TABLES = { content: CONTENT_MESSAGES, frame: FRAME_MESSAGES, options: OPTIONS_MESSAGES };

describe('the message tables', () => {
  // That each key equals its request schema's `type` literal is checked by defineMessages at compile time.
  it('give every type to one sender only, so the connector can read an answer by its type alone', () => {
    const types = Object.values(TABLES).flatMap((table) => Object.keys(table));
    expect(new Set(types).size).toBe(types.length);
    expect(Object.keys(EXTENSION_MESSAGES).sort()).toEqual([...types].sort());
    // The same, checked by the compiler.
    expectTypeOf<keyof typeof CONTENT_MESSAGES & keyof typeof FRAME_MESSAGES>().toEqualTypeOf<never>();
    expectTypeOf<keyof typeof CONTENT_MESSAGES & keyof typeof OPTIONS_MESSAGES>().toEqualTypeOf<never>();
    expectTypeOf<keyof typeof FRAME_MESSAGES & keyof typeof OPTIONS_MESSAGES>().toEqualTypeOf<never>();
  });
});
