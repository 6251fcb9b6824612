import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. Both sentences tell that talks began; only the second
// says at once (على الفور). "right away" means *immediately* (knowledge/phrasal-verbs.en.tsv), whose
// translation فورا / فوري reaches الفور; "right" alone is "correct", "away" a stop word.
const AR_STORY = ['بدأت المفاوضات بين الوفدين في جنيف بعد أسبوع.', 'بدأت المفاوضات بين الوفدين في فيينا على الفور.', 'وصل الوزير إلى المطار مساء الأحد.'];
const knowledge = knowledgeWith({ 'ar-start': { lines: AR_STORY, language: 'ar' } });
const top = (q: string) => createEngine({ knowledge }).ask(q, undefined, { story: 'ar-start' }).answers[0]?.ref;

describe('"right away" as *immediately*', () => {
  it('right away → الفور', () => expect(top('Did the negotiations begin right away?')).toBe('2'));
  it('straight away too', () => expect(top('Did the negotiations begin straight away?')).toBe('2'));
});
