import { describe, expect, it } from 'vitest';
import { arabicRoot, createArabicStemmer } from '../../src/text/arabic.js';
import { foldArabic } from '../../src/text/normalize.js';

const names = new Set(['بيسكوف', 'كورسك', 'بوتين', 'موسكو', 'كرملين', 'ناتو'].map(foldArabic));
const stem = createArabicStemmer({ protectedWords: names });
const s = (w: string) => stem(foldArabic(w));

describe('Arabic light stemmer', () => {
  it('meets a noun in taa marbuta written open before a pronoun suffix with its bare form', () => {
    // شرعيته ("his legitimacy") is شرعية + ه: the variant without the suffix meets الشرعية.
    expect(stem.variants(foldArabic('شرعيته'))).toContain(s('الشرعية'));
    expect(stem.variants(foldArabic('حكومتهم'))).toContain(s('حكومة'));
    // Too short to be a noun with a suffix: وقته ("his time") is وقت + ه, not وقة.
    expect(stem.variants(foldArabic('وقته'))).not.toContain(s('وقة'));
  });
  it('leaves protected names whole', () => {
    // Snowball would cut بيسكوف to يسكوف and بوتين to وتين; light10 alone would cut بوتين to بوت.
    expect(s('بيسكوف')).toBe('بيسكوف');
    expect(s('بوتين')).toBe('بوتين');
    expect(s('كورسك')).toBe('كورسك');
  });
  it('strips clitics in front of names', () => {
    expect(s('لموسكو')).toBe('موسكو');
    expect(s('وبوتين')).toBe('بوتين');
    expect(s('بالناتو')).toBe('ناتو');
    expect(s('والكرملين')).toBe('كرملين');
    expect(s('لبيسكوف')).toBe('بيسكوف');
  });
  it('strips the article and common suffixes from other words', () => {
    expect(s('الانتخابات')).toBe(s('انتخابات'));
    expect(s('الأوكرانية')).toBe(s('الأوكرانيين'));
    expect(s('وقال')).toBe('قال');
  });
  it('does not strip bare ب ل ك from unknown words', () => {
    expect(s('لندن')).toBe('لندن');
    expect(s('بريطانيا')).toBe('بريطانيا');
  });
});

describe('Arabic light root', () => {
  it('takes derived forms to one root', () => {
    expect(arabicRoot('مكالم')).toBe('كلم');
    expect(arabicRoot('كلام')).toBe('كلم');
    expect(arabicRoot('اجتماع')).toBe('جمع');
    expect(arabicRoot('تشخيص')).toBe('شخص');
  });
});
