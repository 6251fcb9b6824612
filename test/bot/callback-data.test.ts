import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePress, encodePress, type Press } from '../../src/bot/callback-data.js';

const pressArb: fc.Arbitrary<Press> = fc.oneof(
  fc.record({ kind: fc.constant('more' as const), turn: fc.integer({ min: 0, max: 999_999_999 }) }),
  fc.record({ kind: fc.constant('context' as const), turn: fc.integer({ min: 0, max: 999_999_999 }), index: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ kind: fc.constant('choice' as const), turn: fc.integer({ min: 0, max: 999_999_999 }), index: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('story' as const), story: fc.integer({ min: 0, max: 999 }), page: fc.integer({ min: 0, max: 9999 }) }),
  fc.record({ kind: fc.constant('example' as const), id: fc.stringMatching(/^[a-z0-9_-]{1,32}$/) }),
  fc.record({ kind: fc.constantFrom('lang' as const), lang: fc.constantFrom('en' as const, 'ar' as const) }),
);

describe('callback data', () => {
  it('round-trips every press within 64 bytes', () => {
    fc.assert(
      fc.property(pressArb, (press) => {
        const data = encodePress(press);
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
        expect(decodePress(data)).toEqual(press);
      }),
    );
  });

  it('rejects anything that is not exactly a known shape', () => {
    for (const forged of ['', 'm:', 'm:-1', 'm:1:2', 'c:1', 'c:1:100', 's:0:0:0', 'q:../x', 'q:CALL', 'l:fr', 'm:1 ', ' m:1', 'm:1\n'])
      expect(decodePress(forged), forged).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (data) => {
        const press = decodePress(data);
        if (press !== undefined) expect(encodePress(press)).toBe(data);
      }),
    );
  });

  it('refuses to encode out-of-range values rather than send a broken button', () => {
    expect(() => encodePress({ kind: 'context', turn: 1, index: 100 })).toThrow(/callback data/);
    expect(() => encodePress({ kind: 'choice', turn: 1, index: 10 })).toThrow(/callback data/);
    expect(() => encodePress({ kind: 'example', id: 'Not An Id' })).toThrow(/callback data/);
  });
});
