/**
 * Unit tests of `rank()` on a small hand-built index: a story is a list of sentences, a sentence the
 * keys it holds, so each test can say exactly why one sentence outscores another and by how much.
 * Each test fails when the mechanism it names is turned off (checked by breaking each one in turn).
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import type { SearchIndex } from '../../src/search/index.js';
import type { QueryUnit } from '../../src/search/query.js';
import { type Hit, type RankInput, rank } from '../../src/search/rank.js';

const o = SEARCH_DEFAULTS;

/**
 * An index holding only what `rank()` reads: sentences with their story, where each story starts, the
 * posting lists, and answer types (by id, the gids that supply them). Sentences have no text and the
 * knowledge no word lists: nothing is inherited from a subject, and ties stay in story order.
 */
function tinyIndex(stories: readonly (readonly (readonly string[])[])[], supplied: Readonly<Record<string, readonly number[]>> = {}): SearchIndex {
  const postings = new Map<string, number[]>();
  const sentences: { gid: number; story: number; sentence: { text: string } }[] = [];
  const storyStart: number[] = [];
  stories.forEach((story, si) => {
    storyStart.push(sentences.length);
    for (const keys of story) {
      const gid = sentences.length;
      sentences.push({ gid, story: si, sentence: { text: '' } });
      for (const key of new Set(keys)) postings.set(key, [...(postings.get(key) ?? []), gid]);
    }
  });
  storyStart.push(sentences.length);
  const answerTypes = Object.entries(supplied).map(([id, gids]) => {
    const by = new Uint8Array(sentences.length);
    for (const g of gids) by[g] = 1;
    return { id, supplied: by, weight: 1 };
  });
  return {
    // Stories without titles (no title credit), one for each list of sentences.
    stories: stories.map(() => ({ info: { title: {} } })),
    sentences,
    storyStart: Uint32Array.from(storyStart),
    postings: new Map([...postings].map(([key, gids]) => [key, Uint32Array.from(gids)])),
    answerTypes,
    knowledge: {},
  } as unknown as SearchIndex;
}

/** A question word that matches its own key exactly. */
function unit(key: string, extra: Partial<QueryUnit> = {}): QueryUnit {
  return { key, label: key, kind: 'term', alts: [{ key, q: 1 }], weight: 1, scale: 1, known: true, common: false, name: false, ...extra };
}

/** A story of `n` sentences, with the keys given at some positions. */
function story(n: number, at: Readonly<Record<number, readonly string[]>>): string[][] {
  return Array.from({ length: n }, (_, i) => [...(at[i] ?? [])]);
}

/** natural's idf, as the index uses it: 1 + ln(N / (1 + df)). */
const idf = (n: number, df: number) => 1 + Math.log(n / (1 + df));

const run = (index: SearchIndex, units: QueryUnit[], extra: Partial<RankInput> = {}) => rank(index, { units, answerTypes: [], ...extra }, o).hits;
const hitOf = (hits: readonly Hit[], gid: number) => hits.find((h) => h.gid === gid);

describe('rank: idf weighting', () => {
  // Ten sentences: "rare" in one, "common" in five.
  const index = tinyIndex([story(10, { 0: ['common'], 2: ['rare'], 4: ['common'], 5: ['common'], 7: ['common'], 9: ['common'] })]);

  it('a sentence matching a rare word outranks one matching a common word', () => {
    const hits = run(index, [unit('common'), unit('rare')]);
    // With equal weights ¶0 would win the tie (lower gid first): only idf puts ¶2 ahead.
    expect(hits[0]?.gid).toBe(2);
    expect(hitOf(hits, 2)?.score).toBeCloseTo(idf(10, 1), 10);
    expect(hitOf(hits, 0)?.score).toBeCloseTo(idf(10, 5), 10);
  });

  it('counts a word once in a sentence, not again from a neighbour that has it too', () => {
    const hits = run(index, [unit('common')]);
    expect(hitOf(hits, 4)?.score).toBeCloseTo(hitOf(hits, 0)?.score as number, 10);
  });

  it('weighs words within each story: adding an unrelated story changes no score in this one', () => {
    const alone = run(index, [unit('common'), unit('rare')]);
    // A second story where "rare" is everywhere: were idf counted over the archive, "rare" would weigh less.
    const both = tinyIndex([
      story(10, { 0: ['common'], 2: ['rare'], 4: ['common'], 5: ['common'], 7: ['common'], 9: ['common'] }),
      story(6, { 0: ['rare'], 1: ['rare'], 2: ['rare'], 3: ['rare'], 4: ['rare'], 5: ['rare'] }),
    ]);
    const together = run(both, [unit('common'), unit('rare')]).filter((h) => h.gid < 10);
    expect(together.map((h) => [h.gid, h.score])).toEqual(alone.map((h) => [h.gid, h.score]));
  });
});

describe('rank: neighbour credit', () => {
  // "peskov" in ¶6, "kursk" in ¶1 and ¶7: ¶7 has Peskov beside it, ¶1 has nothing beside it.
  const index = tinyIndex([story(10, { 1: ['kursk'], 6: ['peskov'], 7: ['kursk'] })]);
  const units = [unit('peskov'), unit('kursk')];

  it('a sentence gets a share of what its neighbours match', () => {
    const hits = run(index, units);
    // Without the credit ¶1 and ¶7 tie and ¶1 (lower gid) comes first.
    expect(hits.map((h) => h.gid)).toEqual([6, 7, 1]);
    expect(hitOf(hits, 7)?.score).toBeCloseTo(idf(10, 2) + o.neighbour * idf(10, 1), 10);
    expect(hitOf(hits, 1)?.score).toBeCloseTo(idf(10, 2), 10);
  });

  it('a neighbour in another story lends nothing', () => {
    // ¶1 of the first story and ¶0 of the second are consecutive in the index, not in any story.
    const split = tinyIndex([story(2, { 1: ['kursk'] }), story(2, { 0: ['peskov'] })]);
    const hits = run(split, units);
    expect(hitOf(hits, 1)?.score).toBeCloseTo(idf(2, 1), 10);
  });
});

describe('rank: exclusion', () => {
  const index = tinyIndex([story(10, { 1: ['kursk'], 6: ['peskov'], 7: ['kursk'] })]);
  const units = [unit('peskov'), unit('kursk')];

  it('leaves out the sentences excluded ("what else"), while they still lend credit to their neighbours', () => {
    const all = run(index, units);
    const hits = run(index, units, { exclude: new Set([6]) });
    expect(hits.map((h) => h.gid)).toEqual([7, 1]);
    expect(hitOf(hits, 7)?.score).toBe(hitOf(all, 7)?.score);
  });
});

describe('rank: coverage', () => {
  // "a" in ¶2 and ¶5, "b" in ¶5 only.
  const index = tinyIndex([story(10, { 2: ['a'], 5: ['a', 'b'] })]);
  const wa = idf(10, 2);
  const wb = idf(10, 1);

  it("is the share of the question's weight a sentence matches", () => {
    const hits = run(index, [unit('a'), unit('b')]);
    expect(hitOf(hits, 5)?.coverage).toBeCloseTo(1, 10);
    expect(hitOf(hits, 2)?.coverage).toBeCloseTo(wa / (wa + wb), 10);
  });

  it('counts a word the story never mentions at the largest weight a word has there', () => {
    const hits = run(index, [unit('a'), unit('b'), unit('absent')]);
    expect(hitOf(hits, 5)?.coverage).toBeCloseTo((wa + wb) / (wa + wb + (1 + Math.log(10))), 10);
  });

  it('judges a follow-up on its own words: carried context helps the score, not the coverage', () => {
    const hits = run(index, [unit('a'), unit('b', { carried: true })]);
    // ¶2 matches all the question asks ("a"), though not the context it carries ("b").
    expect(hitOf(hits, 2)?.coverage).toBeCloseTo(1, 10);
    expect(hits[0]?.gid).toBe(5);
  });
});

describe('rank: answer-type bonus', () => {
  // "call" in ¶1 and ¶6; ¶6 (and ¶8, which lacks the word) gives a duration.
  const index = tinyIndex([story(10, { 1: ['call'], 6: ['call'] })], { duration: [6, 8] });

  it('puts the sentence that supplies the kind of answer asked for first', () => {
    expect(run(index, [unit('call')])[0]?.gid).toBe(1);
    const hits = run(index, [unit('call')], { answerTypes: ['duration'] });
    expect(hits[0]?.gid).toBe(6);
    // The bonus is a share of the question's whole weight in the story (here one word's).
    expect((hitOf(hits, 6)?.score as number) - (hitOf(hits, 1)?.score as number)).toBeCloseTo(o.answerType * idf(10, 2), 10);
    // A sentence that supplies the type but matches nothing of the question is not a candidate.
    expect(hitOf(hits, 8)).toBeUndefined();
  });

  it('gives nothing for a kind of answer not asked for', () => {
    const hits = run(index, [unit('call')], { answerTypes: ['place'] });
    expect(hits.map((h) => h.gid)).toEqual([1, 6]);
  });

  it('gives nothing to a sentence that matches the question only through a synonym', () => {
    // "jobs" is in ¶2; ¶5 only has a WordNet synonym of it ("line") and a number.
    const jobs = tinyIndex([story(8, { 2: ['jobs', 'quarry'], 5: ['line'] })], { quantity: [2, 5] });
    const words = [
      unit('jobs', {
        alts: [
          { key: 'jobs', q: 1 },
          { key: 'line', q: o.synonym },
        ],
      }),
      unit('quarry'),
    ];
    const hits = run(jobs, words, { answerTypes: ['quantity'] });
    expect(hits[0]?.gid).toBe(2);
    const full = hitOf(hits, 2)?.score as number;
    // ¶5 scores its synonym's weight and nothing more.
    expect(hitOf(hits, 5)?.score).toBeLessThan(full * 0.5);
  });
});

describe('rank: answer-type bonus below full coverage', () => {
  it('is given in proportion to coverage under answerTypeFullAt', () => {
    // ¶3 matches one of four equally rare words (coverage 0.25) and gives a number.
    const index = tinyIndex([story(10, { 3: ['a'], 5: ['b'], 7: ['c'], 9: ['d'] })], { quantity: [3] });
    const words = [unit('a'), unit('b'), unit('c'), unit('d')];
    const hits = run(index, words, { answerTypes: ['quantity'] });
    const third = hitOf(hits, 3) as Hit;
    const plain = hitOf(hits, 5) as Hit;
    expect(third.coverage).toBeCloseTo(0.25, 10);
    const storyTotal = 4 * idf(10, 1);
    expect(third.score - plain.score).toBeCloseTo(o.answerType * storyTotal * (0.25 / o.answerTypeFullAt), 10);
  });
});

describe('rank: a person the story never names', () => {
  // Story 0 names the person (c:p) and has the role (r:p); story 1 never names them, but one of its
  // sentences has the word the person is called by (a word taken for a name in another story).
  const index = tinyIndex([story(3, { 0: ['c:p', 'w:x'], 1: ['r:p'] }), story(3, { 0: ['r:p', 'other'], 1: ['w:x', 'other'], 2: ['other'] })]);
  const person = unit('person', {
    kind: 'person',
    alts: [
      { key: 'c:p', q: 1 },
      { key: 'r:p', q: 0.8 },
      { key: 'w:x', q: 1 },
    ],
  });

  it('does not count the role where the person is never named, but still counts the word itself', () => {
    const hits = run(index, [person, unit('other')], { onlyStory: 1 });
    // ¶1 of story 1 has the word: it wins, and its match counts toward coverage.
    expect(hits[0]?.gid).toBe(4);
    expect(hits[0]?.coverage).toBeCloseTo(1, 10);
    // ¶0 has only the role: it scores "other" alone.
    expect(hitOf(hits, 3)?.matched).toEqual(['other']);
  });
});

describe('rank: the story prior (a question asked of the whole archive)', () => {
  // "common" is in both stories, "rare" only in story 1.
  const index = tinyIndex([story(4, { 0: ['common'] }), story(4, { 1: ['common', 'rare'] })]);
  const words = [unit('common'), unit('rare')];

  it("adds to each hit its story's share of the question, each unit by how few stories hold it", () => {
    const hits = run(index, words);
    const inStory = (gid: number) => hitOf(hits, gid) as Hit;
    expect(inStory(0).prior).toBeCloseTo(o.storyPrior * Math.log(1 + 2 / 2), 10);
    expect(inStory(5).prior).toBeCloseTo(o.storyPrior * (Math.log(1 + 2 / 2) + Math.log(1 + 2 / 1)), 10);
    // Kept apart from the sentence's own score, which orders it only together with it.
    expect(hits[0]?.gid).toBe(5);
  });

  it('is not given when the question is asked of one story', () => {
    expect(run(index, words, { onlyStory: 1 }).every((h) => h.prior === undefined)).toBe(true);
  });

  it("counts the conversation's story as holding part of every unit more (storyStay), a follow-up's too (storyStayFollowUp)", () => {
    const common = Math.log(1 + 2 / 2);
    const rare = Math.log(1 + 2 / 1);
    // Story 0 holds "common" only; staying, it holds storyStay of both units more.
    const staying = o.storyPrior * (common + o.storyStay * (common + rare));
    expect(hitOf(run(index, words, { stayStory: 0 }), 0)?.prior).toBeCloseTo(staying, 10);
    expect(hitOf(run(index, words, { focusStory: 0 }), 0)?.prior).toBeCloseTo(staying, 10);
    // Without storyStayFollowUp a follow-up gets no prior: only the storyFocus bonus.
    const old = rank(index, { units: words, answerTypes: [], focusStory: 0 }, { ...o, storyStayFollowUp: 0 }).hits;
    expect(old.every((h) => h.prior === undefined)).toBe(true);
  });
});

describe('a question about one story', () => {
  it('finds a sentence through a word common across the archive, though a rarer word gives other candidates', () => {
    // Story 0: sentence 0 holds the rare word, sentence 1 the two words asked with the common one.
    // Story 1 holds the common word in 400 sentences: across the archive it is too common to list.
    const index = tinyIndex([
      story(3, { 0: ['rare'], 1: ['common', 'third'] }),
      story(400, Object.fromEntries(Array.from({ length: 400 }, (_, i) => [i, ['common', 'third']]))),
    ]);
    const hits = run(index, [unit('rare'), unit('common'), unit('third')], { onlyStory: 0 });
    expect(hits[0]?.gid).toBe(1);
  });
});

describe('rank: what a question places before its answer ("after the call")', () => {
  // Sentence 1 names the call; sentence 2, right after it, says what Zelensky wrote. Each word is in
  // two sentences, so they weigh the same.
  const index = tinyIndex([story(7, { 1: ['zelensky', 'call'], 2: ['zelensky', 'write'], 4: ['call'], 6: ['write'] })]);
  const asked = [unit('zelensky'), unit('write')];

  it('credits the sentence after the one naming it, so what followed outranks the event itself', () => {
    expect(run(index, [...asked, unit('call')])[0]?.gid).toBe(1);
    const hits = run(index, [...asked, unit('call', { after: true })]);
    expect(hits[0]?.gid).toBe(2);
    // Nearly in full, and into coverage too: the question is answered with the sentence before.
    expect((hitOf(hits, 2) as Hit).coverage).toBeGreaterThan((hitOf(run(index, [...asked, unit('call')]), 2) as Hit).coverage);
  });

  it('counts it for less there than in a sentence that tells both ("he resigned and turned to teaching")', () => {
    const both = tinyIndex([story(4, { 1: ['resign', 'teach'], 2: ['teach'] })]);
    const hits = run(both, [unit('teach'), unit('resign', { after: true })]);
    expect(hits[0]?.gid).toBe(1);
    expect((hitOf(hits, 2) as Hit).score).toBeLessThan((hitOf(hits, 1) as Hit).score);
  });
});
