import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story added while the engine runs is indexed in place: what questions remembered about the index
// before must not hide the new story's words. Here the short names an Arabic question spells (ياغي,
// كاتو: two consonants, too few for a skeleton), remembered at the first question that needed them.
describe('a story added in place', () => {
  it('has its short names found by their Arabic spelling, as an engine started with it finds them', () => {
    const knowledge = knowledgeWith({
      'en-bridge': { lines: ['The minister Hiroshi Yagi opened the new bridge on Monday.', 'Yagi said the bridge cost two million dollars.'], language: 'en' },
    });
    const engine = createEngine({ knowledge });
    // Remembers the spellings of the names the stories hold so far.
    expect(engine.ask('ماذا قال ياغي عن الجسر؟').answers.map((a) => a.ref)).toContain('2');
    engine.addStory({
      text: 'Factory owner Taro Kato closed the plant in May.\nKato said the plant lost money for years.',
      title: 'Plant closes',
      language: 'en',
    });
    // Before, only the sentence that writes "the plant" answered: كاتو no longer met Kato.
    expect(engine.ask('ماذا قال كاتو عن المصنع؟').answers.map((a) => a.ref)).toEqual(['1', '2']);
  });
});
