import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// The place check refuses a question naming a place its story never writes. A story that writes the
// adjective of the place's people (فرنسي, "French", of فرنسا) writes the place: a story about a French
// footballer whose parents moved there answers when they came to France.
describe('a place written as its people adjective', () => {
  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-player': {
      lines: [
        'كريم لاعب كرة قدم فرنسي ولد في مدينة ليون.',
        'هاجر والداه من الجزائر في عام 1962 واستقرا في ضواحي المدينة.',
        'بدأ اللعب مع نادي الحي وهو في العاشرة.',
      ],
      language: 'ar',
    },
    // Another story writes فرنسا itself, so the question's word is read as written, not by a guessed base.
    'ar-visit': { lines: ['زار الوفد فرنسا الأسبوع الماضي.'], language: 'ar' },
  });
  const ask = (placeAdjective: number, q: string) => createEngine({ knowledge, options: { placeAdjective } }).ask(q, undefined, { story: 'ar-player' });

  it('counts the adjective as the place written', () => {
    expect(ask(0, 'متى هاجر والدا كريم إلى فرنسا؟').abstained).toBe(true);
    const r = ask(1, 'متى هاجر والدا كريم إلى فرنسا؟');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('1962');
  });

  it('still refuses a place the story writes in no form', () => {
    expect(ask(1, 'متى هاجر والدا كريم إلى بلجيكا؟').abstained).toBe(true);
  });
});
