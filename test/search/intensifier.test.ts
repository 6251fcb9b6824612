import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The dictionary renders "ridiculous" by مضحك للغاية ("extremely funny"), and its build keeps للغاية as a
// translation of its own; a story says للغاية of anything.
const STORY = ['قال الرئيس إن المكالمة كانت مفيدة للغاية.', 'وكتب أن الحرب مضحكة وغير ضرورية.'];
const index = buildIndex(knowledgeWith({ 'ar-war': { lines: STORY, language: 'ar' } }));

describe('an Arabic intensifier', () => {
  it('is a stop word, as "very" is: للغاية matches no question word', () => {
    const unit = parseQuery(index, 'ridiculous war').units.find((u) => u.label === 'ridiculous');
    expect(unit?.alts.map((a) => a.key)).toContain('ar:مضحك');
    expect(unit?.alts.map((a) => a.key)).not.toContain('ar:غا');
  });
});
