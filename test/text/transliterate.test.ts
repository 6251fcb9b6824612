import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/vocabulary.js';
import { arabicSkeleton, latinSkeleton, spellingDistance } from '../../src/text/transliterate.js';

describe('consonant skeletons', () => {
  it("meet across scripts for the story's names", () => {
    const pairs: Array<[string, string]> = [
      ['peskov', 'بيسكوف'],
      ['kursk', 'كورسك'],
      ['zelensky', 'زيلينسكي'],
      ['waterhouse', 'ووترهاوس'],
      ['hegseth', 'هيغسيث'],
    ];
    for (const [latin, arabic] of pairs) expect(latinSkeleton(latin), latin).toBe(arabicSkeleton(arabic));
  });
  it('read تش as English ch, and the silent gh of -ght and w of wr-', () => {
    const pairs: Array<[string, string]> = [
      ['china', 'تشاينا'],
      ['beichuan', 'بيتشوان'],
      ['child', 'تشايلد'],
      ['lightning', 'لايتنينغ'],
      ['wright', 'رايت'],
    ];
    for (const [latin, arabic] of pairs) expect(latinSkeleton(latin), latin).toBe(arabicSkeleton(arabic));
  });
  it('read ز for the voiced s of English names and plurals (Jenkins, iTunes, plasmid)', () => {
    const pairs: Array<[string, string]> = [
      ['jenkins', 'جنكينز'],
      ['itunes', 'ايتونز'],
      ['dawes', 'دوز'],
      ['plasmid', 'بلازميد'],
      ['nazim', 'ناظم'],
    ];
    for (const [latin, arabic] of pairs) expect(latinSkeleton(latin), latin).toBe(arabicSkeleton(arabic));
  });
  it('keep different names apart', () => {
    expect(latinSkeleton('macron')).not.toBe(arabicSkeleton('بيسكوف'));
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit and gives up past the budget', () => {
    expect(editDistance('lenght', 'length')).toBe(1);
    expect(editDistance('peskow', 'peskov')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('spellingDistance', () => {
  it('is 0 where an Arabic word writes every letter of a Latin one, vowels included', () => {
    expect(spellingDistance('سيتشوان', 'sichuan')).toBe(0);
    expect(spellingDistance('مونتانا', 'montana')).toBe(0);
  });

  it('costs little for short vowels Arabic leaves unwritten and an English plural s', () => {
    expect(spellingDistance('لندن', 'london')).toBeLessThan(1);
    expect(spellingDistance('ايبود', 'ipods')).toBeLessThan(0.5);
  });

  it('tells apart names of one consonant skeleton by their vowels', () => {
    // سيتشوان, ايبود: "sn", "bd" are the skeletons of Sony, Chen and of Bodied, Buddha too.
    expect(spellingDistance('سيتشوان', 'sony')).toBeGreaterThan(2);
    expect(spellingDistance('سيتشوان', 'chen')).toBeGreaterThan(2);
    expect(spellingDistance('ايبود', 'bodied')).toBeGreaterThan(spellingDistance('ايبود', 'ipod') + 1);
  });
});
