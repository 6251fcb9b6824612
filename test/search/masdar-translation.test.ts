import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The dictionary gives *deny* as the perfect أنكر
// (keyed انكر), *questioning* as the verbal noun استجواب; the story writes the verbal noun إنكار and the
// perfect استجوب. Without the rule only their root reaches them (0.44), as weak as any word of the root.
const AR_STORY = [
  'أعلن الوزير تأييد التقرير أمام البرلمان.',
  'أعلن الوزير إنكار التقرير أمام البرلمان.',
  'زار البرلمان الوزير في مكتبه.',
  'استجوب البرلمان الوزير في جلسة طويلة.',
];

const knowledge = knowledgeWith({ 'ar-masdar': { lines: AR_STORY, language: 'ar' } });
const index = buildIndex(knowledge);
const engine = createEngine({ knowledge });
const quality = (q: string, label: string, key: string) =>
  parseQuery(index, q, SEARCH_DEFAULTS)
    .units.find((u) => u.label === label)
    ?.alts.find((a) => a.key === key)?.q ?? 0;
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-masdar' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("an augmented verb's perfect and verbal noun, one from the other", () => {
  it('deny → أنكر ~ إنكار, as a translation', () => {
    expect(quality('Did the minister deny the report?', 'deny', 'ar:انكار')).toBeGreaterThanOrEqual(SEARCH_DEFAULTS.translation);
    expect(top('Did the minister deny the report?')).toBe('2');
  });
  it('questioning → استجواب ~ استجوب, as a translation', () => {
    expect(quality('Did parliament hold a questioning of the minister?', 'questioning', 'ar:استجوب')).toBeGreaterThanOrEqual(SEARCH_DEFAULTS.translation);
    expect(top('Did parliament hold a questioning of the minister?')).toBe('4');
  });
});
