import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { foldArabic } from '../../src/text/normalize.js';
import { knowledgeWith } from '../support/stories.js';

// A letter typed three times in a row (الللاعبين, a key held down) spells no Arabic word: folded to two,
// it is the word the story writes (اللاعبين). Without it the slip weighs as an unknown name and the
// question that the story answers is refused.
describe('a letter typed three times or more', () => {
  it('folds to two, which keeps ال + ل', () => {
    expect(foldArabic('الللاعبين')).toBe('اللاعبين');
    expect(foldArabic('كبيييير')).toBe('كبيير');
    expect(foldArabic('الليل')).toBe('الليل');
  });

  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-game': {
      lines: [
        'كرة اليد رياضة جماعية تلعب بين فريقين يتكون كل منهما من سبعة لاعبين.',
        'تطور أسلوب لعب كرة اليد عبر التاريخ وكذلك قوانين الفريق.',
        'الفريق الذي يحرز أهدافاً أكثر يكون هو الفائز.',
        'وتقام المباريات في صالات مغلقة.',
      ],
      language: 'ar',
    },
  });

  it('lets the question with the slip be answered', () => {
    const r = createEngine({ knowledge }).ask('كم عدد الللاعبين في الفريق؟', undefined, { story: 'ar-game' });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('سبعة لاعبين');
  });
});
