import { slidingWindows } from './legal-windows';

describe('slidingWindows', () => {
  it('returns one window for a short text', () => {
    expect(slidingWindows('kurz', 10, 2)).toEqual([{ start: 0, end: 4 }]);
  });

  it('snaps ends back to a space and starts after a space inside the overlap', () => {
    // size 10, overlap 4. "aaaa bbbb cccc dddd" (19 chars, spaces at 4, 9, 14)
    const text = 'aaaa bbbb cccc dddd';
    // w1: end 10 → last space in [0,10) is 9 > 5 → end 9. Next: from 5, first space ≥ 5 is 9 (< 9? no) → start 5.
    // w2: [5, 15) → last space in [5,15) is 14 > 10 → end 14. Next: from 10, space at 14 (< 14? no) → start 10.
    // w3: [10, 19) reaches the end.
    expect(slidingWindows(text, 10, 4)).toEqual([
      { start: 0, end: 9 },
      { start: 5, end: 14 },
      { start: 10, end: 19 },
    ]);
  });

  it('cuts hard when there is no space to snap to', () => {
    expect(slidingWindows('x'.repeat(25), 10, 4)).toEqual([
      { start: 0, end: 10 },
      { start: 6, end: 16 },
      { start: 12, end: 22 },
      { start: 18, end: 25 },
    ]);
  });

  it('covers the whole text with overlapping windows', () => {
    const text = Array.from({ length: 400 }, (_, i) => `wort${i}`).join(' ');
    const windows = slidingWindows(text, 100, 20);
    expect(windows[0]?.start).toBe(0);
    expect(windows.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < windows.length; i++) {
      const previous = windows[i - 1]!;
      const current = windows[i]!;
      expect(current.start).toBeLessThan(previous.end);
      expect(current.start).toBeGreaterThan(previous.start);
      expect(current.end - current.start).toBeLessThanOrEqual(100);
    }
  });

  it('rejects an overlap as large as the window', () => {
    expect(() => slidingWindows('abc', 10, 10)).toThrow(/overlap/);
  });
});
