import { describe, expect, it } from 'vitest';
import { firstRows } from './rows.js';

describe('firstRows, in place of LIMIT ?', () => {
  function* counting(read: number[]) {
    for (let i = 1; i <= 5; i++) {
      read.push(i);
      yield i;
    }
  }

  it('reads only as far as the limit', () => {
    const read: number[] = [];
    expect(firstRows(counting(read), 2)).toEqual([1, 2]);
    expect(read).toEqual([1, 2]);
  });

  it('gives every row when there are fewer, none for 0, and all for a negative limit, as LIMIT does', () => {
    expect(firstRows(counting([]), 10)).toEqual([1, 2, 3, 4, 5]);
    expect(firstRows(counting([]), 0)).toEqual([]);
    expect(firstRows(counting([]), -1)).toEqual([1, 2, 3, 4, 5]);
  });
});
