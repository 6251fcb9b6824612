import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

// The tokenizer is a hand-written scanner for this expression. The reference finds the words with
// the expression, then splits each by script as the tokenizer does: so the word boundaries and
// offsets are checked exactly, on any text.
// A number with separators ("1,500", "٤٫٢") is one word, also after Arabic letters written onto it
// ("و١٬٠٠٠"), unless a separated digit stands right before it (the "02" of "20.02.2025").
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const NUM = `(?:${D}{1,3}(?:[,\\u066C]${D}{3})+(?:[.\\u066B]${D}+)?|${D}+[.\\u066B]${D}+)(?!${D}|[.,\\u066B\\u066C]${D})`;
// A dotted acronym ("U.S.", "U.N") is one word: single capitals joined by dots, the last dot included.
const ACRONYM = '(?:[A-Z]\\.)+[A-Z](?![\\p{L}\\p{M}\\p{N}\\u0640])\\.?';
const WORD = new RegExp(
  `(?:${ACRONYM}|(?<!${D}[.,\\u066B\\u066C])[\\u0621-\\u0652\\u0671-\\u06D3]*${NUM}[\\p{L}\\p{M}\\p{N}\\u0640]*|[\\p{L}\\p{M}\\p{N}\\u0640]+)(?:['’]\\p{L}+)*`,
  'gu',
);
const reference = (text: string) =>
  [...text.matchAll(WORD)].flatMap((m) => tokenize(m[0]).map((t) => ({ ...t, start: t.start + (m.index ?? 0), end: t.end + (m.index ?? 0) })));

// Characters that matter at word edges: Arabic and Latin letters, harakat, tatweel, digits of three
// systems, both apostrophes, combining accents, an emoji, a letter outside the BMP, a lone surrogate.
const pieces = fc.constantFrom(
  'a',
  'Z',
  'é',
  'e\u0301',
  'ب',
  'ك',
  'َ',
  'ّ',
  'ـ',
  '3',
  '٣',
  '۳',
  "'",
  '’',
  ' ',
  '-',
  '.',
  ',',
  '٫',
  '٬',
  '4',
  '😀',
  '𝐀',
  '\ud800',
  '\u200f',
  'ß',
  'Σ',
);

describe('tokenize', () => {
  it('finds the same words as the expression it implements, at the same offsets', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
          fc.string({ unit: 'binary', maxLength: 60 }),
        ),
        (text) => {
          expect(tokenize(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps a number with separators whole, but not a date or a list', () => {
    expect(tokenize('4.2 million, 1,500,000 and ٣٫٥ or و١٬٠٠٠ on 20.02.2025, pages 3,4.').map((t) => t.surface)).toEqual([
      '4.2',
      'million',
      '1,500,000',
      'and',
      '٣٫٥',
      'or',
      'و',
      '١٬٠٠٠',
      'on',
      '20',
      '02',
      '2025',
      'pages',
      '3',
      '4',
    ]);
  });

  it('keeps inner apostrophes, splits at script changes, and gives offsets into the text', () => {
    expect(tokenize("Trump's call, rock’n’roll l'été 2014").map((t) => [t.surface, t.start])).toEqual([
      ["Trump's", 0],
      ['call', 8],
      ['rock’n’roll', 14],
      ["l'été", 26],
      ['2014', 32],
    ]);
    expect(tokenize('Peskovكورسك').map((t) => [t.surface, t.script])).toEqual([
      ['Peskov', 'latin'],
      ['كورسك', 'ar'],
    ]);
    expect(tokenize("it's' '9 x'9").map((t) => t.surface)).toEqual(["it's", '9', 'x', '9']);
  });

  it('splits digits from Arabic letters (a year and its era), not from Latin ones', () => {
    expect(tokenize('سنة 1295م و656هـ').map((t) => [t.surface, t.script])).toEqual([
      ['سنة', 'ar'],
      ['1295', 'digit'],
      ['م', 'ar'],
      ['و', 'ar'],
      ['656', 'digit'],
      ['هـ', 'ar'],
    ]);
    expect(tokenize('3rd G7 1990s').map((t) => [t.surface, t.script])).toEqual([
      ['3rd', 'latin'],
      ['G7', 'latin'],
      ['1990s', 'latin'],
    ]);
  });
});
