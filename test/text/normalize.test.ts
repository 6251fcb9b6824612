import { describe, expect, it } from 'vitest';
import { foldArabic, foldLatin, normalizeForAnalysis, scriptOf, stripInvisible } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('foldArabic', () => {
  it('writes the hamza of a word in اء as ء before a pronoun suffix', () => {
    expect(foldArabic('أسماؤه')).toBe(foldArabic('أسماءه'));
    expect(foldArabic('أبنائهم')).toBe('ابناءهم');
    expect(foldArabic('علمائها')).toBe('علماءها');
  });
  it('writes a hamza on و or ي as the hamza, so folding makes no other word', () => {
    // As و and ي, فئة was فيه ("in it", a stop word), هيئة هييه, رئة ريه ("irrigation").
    expect(foldArabic('فئة')).toBe('فءه');
    expect(foldArabic('هيئة')).toBe('هيءه');
    expect(foldArabic('قائد')).toBe('قاءد');
    // Either seat of one word meets the other: مسؤول ~ مسئول, شؤون ~ شئون.
    expect(foldArabic('مسؤول')).toBe(foldArabic('مسئول'));
    expect(foldArabic('شؤون')).toBe(foldArabic('شئون'));
  });
  it('removes harakat and tatweel', () => {
    expect(foldArabic('مُسْتَحِيلٌ')).toBe('مستحيل');
    expect(foldArabic('كـــورسك')).toBe('كورسك');
  });
  it('folds alef forms, alef maqsura, taa marbuta and hamza carriers', () => {
    expect(foldArabic('أوكرانيا إلى آخر')).toBe('اوكرانيا الي اخر');
    expect(foldArabic('الأوكرانية')).toBe('الاوكرانيه');
    expect(foldArabic('مسؤول رئيس')).toBe('مسءول رءيس');
  });
  it('turns Arabic-Indic digits into ASCII', () => {
    expect(foldArabic('٢٠١٤ ۲۰۲۴')).toBe('2014 2024');
  });
});

describe('stripInvisible', () => {
  it('removes bidi controls and zero-width characters', () => {
    expect(stripInvisible('\u202Eبيسكوف\u200F\u200B\u2066x\u2069')).toBe('بيسكوفx');
  });
});

describe('normalizeForAnalysis', () => {
  it('expands presentation forms (NFKC) before folding', () => {
    // U+FEFB is the lam-alef ligature.
    expect(normalizeForAnalysis('\uFEFB')).toBe('لا');
  });
});

describe('foldLatin', () => {
  it('lowercases and strips accents', () => {
    expect(foldLatin('Zelenskyy ÉLYSÉE')).toBe('zelenskyy elysee');
  });
});

describe('tokenize', () => {
  it('gives offsets into the original text', () => {
    const text = 'ماذا قال بيسكوف عن كورسك؟';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });
  it('splits a word where the script changes', () => {
    expect(tokenize('Peskovكورسك').map((t) => [t.surface, t.script])).toEqual([
      ['Peskov', 'latin'],
      ['كورسك', 'ar'],
    ]);
  });
  it('keeps harakat inside the word', () => {
    expect(tokenize('قَالَ بيسكوف').map((t) => t.surface)).toEqual(['قَالَ', 'بيسكوف']);
    expect(scriptOf('قَالَ')).toBe('ar');
  });
});
