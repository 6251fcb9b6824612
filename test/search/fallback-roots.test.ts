import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The story says اجتماع ("a meeting"); the question asks سيجتمع ("will meet"), which the light stemmer
// keeps whole, future prefix and all.
const STORY = ['وقال الرئيس إنه لم يحدد موعدا لعقد اجتماع مع نظيره.', 'وأضاف أن المحادثات كانت مثمرة.'];
const index = buildIndex(knowledgeWith({ 'ar-meeting': { lines: STORY, language: 'ar' } }));

describe('an inflected Arabic word the stories lack', () => {
  it("matches the other derived forms of its fallback form's root (سيجتمع → اجتمع ~ اجتماع)", () => {
    const unit = parseQuery(index, 'متى سيجتمع الرئيس مع نظيره؟').units.find((u) => u.label === 'سيجتمع');
    expect(unit?.alts.map((a) => a.key)).toContain('rt:جمع');
  });
});

describe('an inflected Arabic word the stories hold without its inflection', () => {
  const hard = buildIndex(knowledgeWith({ 'ar-hard': { lines: ['ومن الصعب الحصول على أرقام دقيقة.', 'وقال إن المحادثات كانت مثمرة.'], language: 'ar' } }));
  it('matches that form as a word, not only by its root (يصعب ~ الصعب)', () => {
    const unit = parseQuery(hard, 'لماذا يصعب ذلك؟').units.find((u) => u.label === 'يصعب');
    expect(unit?.alts.find((a) => a.key === 'ar:صعب')?.q).toBe(SEARCH_DEFAULTS.fallbackForm);
  });
});
