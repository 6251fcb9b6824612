import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test: three sentences name the calendar alike; the third
// says what else it is called. "What is its other name?" asks for a name (knowledge/answer-types.jsonl,
// "alias"): its asking words are not content words, and a sentence that names something ("يسمى",
// "known as") supplies it.
const AR_STORY = [
  'التقويم الميلادي هو التقويم المستعمل في أكثر دول العالم اليوم.',
  'يبدأ التقويم الميلادي من سنة ميلاد المسيح بحسب الاسم الذي يحمله.',
  'ويسمى التقويم الميلادي أيضا بالتقويم الغريغوري نسبة إلى البابا غريغوريوس.',
];
const EN_STORY = [
  'The Gregorian calendar is the calendar used in most of the world.',
  'The Gregorian calendar counts its years from the birth of Christ.',
  'The Gregorian calendar is also called the Western calendar in many countries.',
];

const knowledge = knowledgeWith({ 'ar-cal': { lines: AR_STORY, language: 'ar' }, 'en-cal': { lines: EN_STORY, language: 'en' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge: { ...knowledge, answerTypes: knowledge.answerTypes.filter((t) => t.id !== 'alias') } });
const top = (e: typeof engine, q: string, story: string) => {
  const r = e.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a question for another name asks for a name', () => {
  it('ما الاسم الآخر للتقويم الميلادي؟', () => {
    expect(top(engine, 'ما الاسم الآخر للتقويم الميلادي؟', 'ar-cal')).toBe('3');
    expect(top(without, 'ما الاسم الآخر للتقويم الميلادي؟', 'ar-cal')).not.toBe('3');
  });
  // Indefinite, after أي (any, which) or ب (by): بأي اسم آخر يعرف … asks for a name. Not "اسم آخر"
  // alone: "ما اسم آخر ملك" asks for the name of the last king.
  for (const q of ['باي اسم اخر يعرف التقويم الغريغوري؟', 'بأي اسم آخر يعرف التقويم الغريغوري؟']) {
    it(q, () => {
      const asked = (k: typeof knowledge) => parseQuery(buildIndex(k), q, SEARCH_DEFAULTS);
      const p = asked(knowledge);
      expect(p.answerTypes).toContain('alias');
      expect(p.units.map((u) => u.label)).not.toContain('اخر');
      expect(asked({ ...knowledge, answerTypes: knowledge.answerTypes.filter((t) => t.id !== 'alias') }).answerTypes).not.toContain('alias');
    });
  }
  it('ما اسم اخر ملك للبلاد؟ asks for the last king', () => {
    expect(parseQuery(buildIndex(knowledge), 'ما اسم اخر ملك للبلاد؟', SEARCH_DEFAULTS).answerTypes).not.toContain('alias');
  });
  it('what is another name for the calendar?', () => {
    expect(top(engine, 'What is another name for the Gregorian calendar?', 'en-cal')).toBe('3');
    expect(top(without, 'What is another name for the Gregorian calendar?', 'en-cal')).not.toBe('3');
  });
});
