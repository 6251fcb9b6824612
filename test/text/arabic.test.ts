import { describe, expect, it } from 'vitest';
import { arabicRoot, brokenPluralSingulars, createArabicStemmer, createArabicWords } from '../../src/text/arabic.js';
import { foldArabic } from '../../src/text/normalize.js';

const names = new Set(['بيسكوف', 'كورسك', 'بوتين', 'موسكو', 'كرملين', 'ناتو'].map(foldArabic));
const stem = createArabicStemmer({ protectedWords: names });
const s = (w: string) => stem(foldArabic(w));

describe('Arabic light stemmer', () => {
  it('meets a verb whose first root letter is و, which an ending left to the conjunction rule, with its three letters', () => {
    // ولدت ("she was born") stems to لدت; the verb is ولد, which the stemmer keeps whole.
    expect(s('ولدت')).not.toBe(s('ولد'));
    expect(stem.variants(foldArabic('ولدت'))).toContain(s('ولد'));
    expect(stem.variants(foldArabic('وصلوا'))).toContain(s('وصل'));
    // A conjunction on a word of its own stays one: وقالت is و + قالت, not a verb وقال.
    expect(stem.variants(foldArabic('وقالت'))).not.toContain('وقال');
  });

  it('meets أب and أخ written with the long vowel of a pronoun or a second noun (the five nouns) with أبيه / أخيه', () => {
    // "ماذا ورث عن ابوه؟" (what did he inherit from his father?) against "ورث الإسكندر عن أبيه".
    expect(s('ابوه')).not.toBe(s('أبيه'));
    expect(stem.variants(foldArabic('ابوه'))).toContain(s('أبيه'));
    expect(stem.variants(foldArabic('أباه'))).toContain(s('أبيه'));
    expect(stem.variants(foldArabic('أخوها'))).toContain(s('أخيها'));
    // Only those two nouns: a word that merely opens on their letters keeps its own stem alone.
    expect(stem.variants(foldArabic('أبواب'))).not.toContain('اب');
  });

  it('meets a word whose letters open like the article, after a conjunction and before a pronoun, with the word alone', () => {
    // والدها ("her father") is و + والد + ها; light10 reads وال as "and the" and keeps دها.
    expect(s('والدها')).not.toBe(s('والد'));
    expect(stem.variants(foldArabic('والدها'))).toContain(s('والد'));
    expect(stem.variants(foldArabic('والدهم'))).toContain(s('والد'));
  });

  it('meets a noun in taa marbuta written open before a pronoun suffix with its bare form', () => {
    // شرعيته ("his legitimacy") is شرعية + ه: the variant without the suffix meets الشرعية.
    expect(stem.variants(foldArabic('شرعيته'))).toContain(s('الشرعية'));
    expect(stem.variants(foldArabic('حكومتهم'))).toContain(s('حكومة'));
    // Too short to be a noun with a suffix: وقته ("his time") is وقت + ه, not وقة.
    expect(stem.variants(foldArabic('وقته'))).not.toContain(s('وقة'));
  });
  it('meets a word behind a clitic and with taa marbuta written open with its bare form', () => {
    // لعضويتها is ل + عضوية + ها: both come off in one variant.
    expect(stem.variants(foldArabic('لعضويتها'))).toContain(s('عضوية'));
    expect(stem.variants(foldArabic('بتسميتهم'))).toContain(s('التسمية'));
  });
  it('meets a noun with the pronoun of a plural owner with its bare form', () => {
    // Light10 has no هم: ابناءهم ("their sons") keeps it; the variant drops it.
    expect(stem.variants(foldArabic('ابناءهم'))).toContain(s('الأبناء'));
    expect(stem.variants(foldArabic('كتبكم'))).toContain(s('كتب'));
    // Too short for a suffix: مهم ("important"), درهم.
    expect(stem.variants(foldArabic('مهم'))).toEqual([]);
    expect(stem.variants(foldArabic('درهم'))).toEqual([]);
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

  it("writes a hollow root's middle letter one way", () => {
    // أقيم ("was held"), المقامة ("held"), قيمة ("value") and قوم ("people") are all ق-و-م.
    expect(arabicRoot('اقيم')).toBe('قام');
    expect(arabicRoot('مقام')).toBe('قام');
    expect(arabicRoot('قوم')).toBe('قام');
  });

  it('reads a hamza after ا inside the word as that ا, and long vowels alone inside as a hollow root', () => {
    // قائد ("leader", folded قاءد), قيادة ("leadership") and قاد ("led"); طوائف and its singular طائفة.
    expect(arabicRoot('قاءد')).toBe('قاد');
    expect(arabicRoot('قياد')).toBe('قاد');
    expect(arabicRoot('طواءف')).toBe(arabicRoot('طاءف'));
    expect(arabicRoot('بيوت')).toBe(arabicRoot('بيت'));
    // Not a hamza at the end (لقاء, "meeting", is no لقي) nor after another letter (رئيس is no رأس, "head").
    expect(arabicRoot('لقاء')).not.toBe(arabicRoot('لقي'));
    expect(arabicRoot('رءيس')).not.toBe(arabicRoot('راس'));
  });
});

describe('brokenPluralSingulars', () => {
  it('gives the singulars a broken plural may be of, by its pattern', () => {
    expect(brokenPluralSingulars('مواضع')).toContain('موضع');
    expect(brokenPluralSingulars('المشاريع')).toContain('مشروع');
    expect(brokenPluralSingulars('تعاليم')).toContain('تعليم');
    expect(brokenPluralSingulars('فوارق')).toContain('فارق');
    expect(brokenPluralSingulars('حقايق')).toContain('حقيقه');
    expect(brokenPluralSingulars('حقاءق')).toContain('حقيقه');
    expect(brokenPluralSingulars('اركان')).toContain('ركن');
    expect(brokenPluralSingulars('علماء')).toContain('عالم');
  });

  it('none for a word of no such pattern, nor for فعول, which names have (سعود)', () => {
    expect(brokenPluralSingulars('دمشق')).toEqual([]);
    expect(brokenPluralSingulars('سعود')).toEqual([]);
  });
});

describe('Arabic words with a dictionary', () => {
  it('does not read a dictionary word opening like the article, behind و, as و + the article', () => {
    // والدة ("mother") keys as الد, which the dictionary holds; و + ال + ده ("cream") is no reading of it.
    const words = createArabicWords({ stopwords: [], names: [], inDictionary: (k) => k === 'ar:الد' || k === 'ar:ده' });
    expect(words.word('والدة').key).toBe('ar:الد');
    expect(words.word('والدة').variants).not.toContain('ar:ده');
    // A word the dictionary lacks as keyed keeps the reading: والدم is و + الدم ("and the blood").
    expect(words.word('والدم').variants).toContain('ar:دم');
  });
});

describe('Arabic nouns in ة and plurals in ات with a pronoun after them', () => {
  // Senses as the dictionary gives them (how many translations each key has).
  const SENSES: Record<string, number> = {
    'ar:الد': 3,
    'ar:زوج': 6,
    'ar:عاصم': 3,
    'ar:علاق': 4,
    'ar:ابن': 4,
    'ar:ابنت': 1,
    'ar:خسر': 3,
    'ar:بيت': 6,
    'ar:بي': 2,
    'ar:ثابت': 6,
    'ar:ثاب': 1,
    'ar:دول': 6,
  };
  const words = createArabicWords({ stopwords: [], names: [], inDictionary: (k) => (SENSES[k] ?? 0) > 0, senseCount: (k) => SENSES[k] ?? 0 });
  it('are keyed as the bare noun: عاصمتها as عاصمة, والدته as والدة, دولتهم as دولة, علاقاته as علاقات', () => {
    expect(words.word('عاصمتها').key).toBe(words.word('عاصمة').key);
    expect(words.word('والدته').key).toBe('ar:الد');
    expect(words.word('دولتهم').key).toBe(words.word('دولة').key);
    expect(words.word('علاقاته').key).toBe(words.word('علاقات').key);
    // The key as stemmed stays a variant.
    expect(words.word('عاصمتها').variants).toContain('ar:عاصمت');
  });
  it('so when the dictionary has the ت form as a rarer word (ابنت, "beatify"; ابن, "son")', () => {
    expect(words.word('ابنته').key).toBe('ar:ابن');
  });
  it("not a ت of the word's own (بيته, ثابتة), nor a verb of three letters with an object (خسرتها)", () => {
    expect(words.word('بيته').key).toBe('ar:بيت');
    expect(words.word('ثابتة').key).toBe('ar:ثابت');
    expect(words.word('خسرتها').key).toBe('ar:خسرت');
  });
});

describe('مائة, مئة written with a silent alef', () => {
  const words = createArabicWords({ stopwords: [], names: [] });
  it('is keyed as مئة, not as ماء ("water")', () => {
    expect(words.word('مائة').key).toBe(words.word('مئة').key);
    expect(words.word('المائة').key).toBe(words.word('المئة').key);
    expect(words.word('مائتي').key).toBe(words.word('مئتي').key);
    expect(words.word('ماء').key).not.toBe(words.word('مئة').key);
  });
});

describe('Arabic words with a hamza on و or ي', () => {
  const words = createArabicWords({ stopwords: ['في', 'فيه', 'هي'], names: [] });
  it('are no stop word the seat makes: فئة ("group") is a word, and meets its plural الفئات', () => {
    // Folded to ي, فئة was فيه ("in it") and هيئة هييه, keyed as the stop word هي.
    expect(words.word('فئة').stop).toBe(false);
    expect(words.word('الفئات').key).toBe(words.word('فئة').key);
    expect(words.word('الهيئات').key).toBe(words.word('هيئة').key);
    expect(words.word('هيئة').key).not.toBe('ar:هي');
  });
  it('meet whichever seat the hamza is written on (مسؤول ~ مسئول), and not a word without it (رئة, "lung" ~ ري, "irrigation")', () => {
    expect(words.word('المسئولين').key).toBe(words.word('مسؤول').key);
    expect(words.word('الرئة').key).not.toBe(words.word('الري').key);
  });
});
