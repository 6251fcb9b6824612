import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/text/analyzer.js';

const analyzer = createAnalyzer({ stopwords: { en: ['the', 'of'], ar: ['في', 'من'] }, protectedArabic: [] });

// Text with words of both scripts, digits, harakat, apostrophes, punctuation and spaces.
const pieces = fc.constantFrom('the', 'Peskov', "Trump's", 'قال', 'بيسكوف', 'في', 'كورسك', 'ـ', 'َ', '2025', '٣', ' ', '  ', ',', '.', '«', '»', '\n', 'é');

describe('analyzeWords', () => {
  it('gives the tokens analyze gives, and with starts, the offsets analyze gives', () => {
    // Name finding and indexing share analyzeWords' tokens and read adjacency off these offsets
    // (src/search/names.ts), so they must be exactly analyze's.
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
        (text) => {
          const starts: number[] = [];
          const words = analyzer.analyzeWords(text, starts);
          const full = analyzer.analyze(text);
          expect(words.map((t) => [t.surface, t.key, t.norm, t.stop])).toEqual(full.map((t) => [t.surface, t.key, t.norm, t.stop]));
          expect(starts).toEqual(full.map((t) => t.start));
          expect(words.map((t, i) => (starts[i] as number) + t.surface.length)).toEqual(full.map((t) => t.end));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('numbers in English words', () => {
  it('keys a decade written in digits as its first year, the key a year in digits has', () => {
    // "rose to fame in the late 1990s" answers "when" (a number) and meets "1990" in an Arabic question.
    const key = (text: string) => analyzer.analyze(text).map((t) => t.key);
    expect(key('the 1990s')).toEqual(['en:the', 'n:1990']);
    expect(key("the '90s")).toEqual(['en:the', 'n:90']);
    expect(key('1990')).toEqual(['n:1990']);
    // Not a decade: an ordinal reads as its word (5th as fifth), a number with its unit is the number.
    expect(key('5th 10km')).toEqual(['en:fifth', 'n:10']);
  });
});

describe('numbers with separators', () => {
  it('key one number however its thousands and decimals are written, in either script', () => {
    const key = (text: string) => analyzer.analyze(text).map((t) => t.key);
    // "1,500" had been two numbers, 1 and 500, and met neither "1500" nor Arabic "١٥٠٠".
    expect(key('1,500')).toEqual(['n:1500']);
    expect(key('١٬٥٠٠')).toEqual(['n:1500']);
    expect(key('1500')).toEqual(['n:1500']);
    expect(key('4.2 million')).toEqual(['n:4.2', 'en:million']);
    expect(key('٤٫٢')).toEqual(['n:4.2']);
    // A date's parts stay apart: its year is a year.
    expect(key('20.02.2025')).toEqual(['n:20', 'n:02', 'n:2025']);
  });

  it('key a number with a word written onto it without its thousands separators', () => {
    const key = (text: string) => analyzer.analyze(text).map((t) => t.key);
    // "10,000s" had been keyed en:10,000, so it never met "10000s" (n:10000, a decade's rule) nor 10,000.
    expect(key('10,000s')).toEqual(key('10000s'));
    expect(key('the 1,000,000th')).toEqual(key('the 1000000th'));
    expect(key('$4,200bn')).toEqual(['n:4200']);
  });
});

describe('Arabic counts with a scale word', () => {
  const variants = (text: string) => analyzer.analyze(text).flatMap((t) => t.variants);
  it('reads a count and the scale word after it as the number they make', () => {
    // مئة ألف is 100,000, not "hundred" and "authored"; so are 100 ألف and 9.6 مليون in digits.
    expect(variants('يتجاوز سكانها مئة ألف')).toContain('n:100000');
    expect(variants('بلغ عددهم 100 ألف')).toContain('n:100000');
    expect(variants('9.6 مليون نسمة')).toContain('n:9600000');
    expect(variants('ثلاثة آلاف جندي')).toContain('n:3000');
    expect(analyzer.analyzeWords('مئة ألف').flatMap((t) => t.variants)).toContain('n:100000');
  });
  it('leaves a scale word that follows no count, and the hundred alone, as they are', () => {
    expect(variants('ألف كتابا')).not.toContainEqual(expect.stringMatching(/^n:/));
    expect(variants('عشرون في المئة')).not.toContain('n:100');
  });
});
