import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// Every word of "المملكة العربية السعودية" is an ordinary word (kingdom, Arab, Saudi), so no word of it
// is a name; the dictionary renders the three together by an English place name.
const STORY = ['قال الرئيس إنه سيلتقي نظيره قريبا بعد مكالمة طويلة.', 'وأضاف الرئيس أنه سيلتقي نظيره في المملكة العربية السعودية.'];
const index = buildIndex(knowledgeWith({ 'ar-summit': { lines: STORY, language: 'ar' } }));

describe('a place named by a dictionary phrase of ordinary words', () => {
  it('is found as a place', () => {
    const places = (index.namesByStory.get('ar-summit') ?? []).filter((e) => e.kind === 'place');
    expect(places.flatMap((e) => e.ar)).toContain('المملكه العربيه السعوديه');
  });

  it('answers "where"', () => {
    const q = parseQuery(index, 'أين سيلتقي الرئيس نظيره؟');
    const { hits } = rank(index, { units: q.units, answerTypes: q.answerTypes }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.ref).toBe('2');
  });
});
