import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The story says توفي ("died"), whose one sense is "die"; مات ("died") is "die, matt": the two first senses
// differ, so the two-sense rule (same-sense.test.ts) does not join them.
const STORY = ['ولد القائد في منغوليا.', 'وقد توفي سنة 1227 بعد سقوطه عن فرسه.', 'وقال إن المكالمة مع نظيره استمرت ساعة.'];
const index = buildIndex(knowledgeWith({ 'ar-died': { lines: STORY, language: 'ar' } }));
const altsOf = (q: string, label: string, o: SearchOptions = SEARCH_DEFAULTS) =>
  (parseQuery(index, q, o).units.find((u) => u.label === label)?.alts ?? []).map((a) => a.key);

describe('a word of one sense and a word whose first sense it is', () => {
  it('meet (مات, "die, matt" ~ the story\'s توفي, "die")', () => {
    expect(altsOf('ومتى مات؟', 'مات')).toContain('ar:توف');
    expect(altsOf('ومتى مات؟', 'مات', { ...SEARCH_DEFAULTS, sameSenseOne: 0 })).not.toContain('ar:توف');
  });
  it('not when the one-word sense is one of several translations (مكالمة, "call" and "phone call", is not دعا, "call, urge")', () => {
    expect(altsOf('إلى أين دعا الرئيس نظيره؟', 'دعا')).not.toContain('ar:مكالم');
  });
});
