import { describe, expect, it } from 'vitest';
import { writesCount, writesDate } from '../../src/search/counts.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex, suppliesAt } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

describe('a number that may be a count (writesCount)', () => {
  it('is not a year, a day of a month or an ordinal', () => {
    expect(writesCount('The tally was not released until May 7, 2009.')).toBe(false);
    expect(writesCount('On March 10, 1403, the emperor invited the lama.')).toBe(false);
    expect(writesCount('He was the 17th president.')).toBe(false);
    expect(writesCount('وقع الزلزال في 12 مايو 2008.')).toBe(false);
  });
  it('is not a year of any length by its era or by the word "year" before it', () => {
    expect(writesCount('قتل في العاشر من محرم سنة 61 للهجرة.')).toBe(false);
    expect(writesCount('He died in 61 AD.')).toBe(false);
    expect(writesCount('ولد عام 356 ق.م في مقدونيا.')).toBe(false);
  });
  it('is any other number', () => {
    expect(writesCount('The earthquake killed 5,335 students.')).toBe(true);
    expect(writesCount('In 1403 he sent 300 monks.')).toBe(true);
    expect(writesCount('About 80% of undergraduates live on campus.')).toBe(true);
    expect(writesCount('قتل 69 ألف شخص.')).toBe(true);
  });
});

describe('a number that may be a date (writesDate)', () => {
  it('is a year of three or four digits, or a day beside a month', () => {
    expect(writesDate('The Song dynasty (960–1279) left few documents.')).toBe(true);
    expect(writesDate('The tally was not released until May 7.')).toBe(true);
    expect(writesDate('وقع الزلزال في 12 مايو.')).toBe(true);
  });
  it('is a year of any length by its era or by the word "year" before it', () => {
    expect(writesDate('قتل في العاشر من محرم سنة 61 للهجرة.')).toBe(true);
    expect(writesDate('توفي سنة 61.')).toBe(true);
    expect(writesDate('He died in 61 AD, aged 40.')).toBe(true);
    expect(writesDate('The city fell in the year 70.')).toBe(true);
    expect(writesDate('He was 61 months old.')).toBe(false);
    expect(writesDate('قتل 61 مسلحا.')).toBe(false);
  });
  it('is not a count', () => {
    expect(writesDate('The earthquake killed 5,335 students.')).toBe(false);
    expect(writesDate('About 80% of undergraduates and 6.5 percent of graduates.')).toBe(false);
  });
});

// A story written for this test: two sentences with the same words, one giving a date, one a count.
const STORY = ['The count of pupils lost in the flood was published on May 7, 2009.', 'The count of pupils lost in the flood was 5,335.'];

describe('"how many" and "when" ("numbers": "counts" and "dates" in answer-types.jsonl)', () => {
  const index = buildIndex(knowledgeWith({ flood: { lines: STORY, language: 'en' } }));
  const type = (id: string) => index.answerTypes.find((t) => t.id === id);
  const supplies = (id: string, gid: number) => {
    const t = type(id);
    return t !== undefined && suppliesAt(index, t, gid);
  };

  it('is supplied by a count, not by a date', () => {
    expect(supplies('quantity', 0)).toBe(false);
    expect(supplies('quantity', 1)).toBe(true);
    // The date still answers "when".
    expect(supplies('time', 0)).toBe(true);
  });

  it('"when" is supplied by a date, not by a count', () => {
    expect(supplies('time', 1)).toBe(false);
  });

  it('ranks the sentence that gives the count first, in English and in Arabic', () => {
    for (const question of ['How many pupils were lost in the flood?', 'كم تلميذا فقد في الفيضان؟']) {
      const p = parseQuery(index, question, SEARCH_DEFAULTS);
      const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
      expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('5,335');
    }
  });
});

describe('"when"', () => {
  // Two sentences with the same words, one giving a count, one a date.
  const index = buildIndex(
    knowledgeWith({ dam: { lines: ['The dam on the river held 5,335 tonnes of water.', 'The dam on the river held water from 1887.'], language: 'en' } }),
  );
  it('ranks the sentence that gives a date first', () => {
    const p = parseQuery(index, 'When did the dam on the river hold water?', SEARCH_DEFAULTS);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('1887');
  });
});

describe('a month or an era names a time without a number (the cues of "time" in answer-types.jsonl)', () => {
  // Two sentences with the same words; the second tells when by a month of the Hijri calendar alone.
  const index = buildIndex(
    knowledgeWith({ siege: { lines: ['حوصرت المدينة وقطع عنها الماء طويلا.', 'حوصرت المدينة وقطع عنها الماء في شهر محرم.'], language: 'ar' } }),
  );
  it('supplies "when" by the month', () => {
    const t = index.answerTypes.find((x) => x.id === 'time');
    expect(t !== undefined && suppliesAt(index, t, 1)).toBe(true);
    expect(t !== undefined && suppliesAt(index, t, 0)).toBe(false);
  });
  it('ranks the sentence that names the month first', () => {
    const p = parseQuery(index, 'متى حوصرت المدينة وقطع عنها الماء؟', SEARCH_DEFAULTS);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('محرم');
  });
});
