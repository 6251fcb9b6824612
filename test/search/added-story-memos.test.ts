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

  it('has a follow-up reach its spelling of a name the conversation carries, though the name was carried before it came', () => {
    const english = {
      lines: ['Thomas Edison was born in Milan, Ohio, in 1847.', 'The inventor later moved to New Jersey.', 'Edison held more than a thousand patents.'],
      language: 'en' as const,
    };
    // ¶3 writes the name with a clitic (لإديسون): found as no concept there, it is met by the word only.
    const arabic = 'ولد توماس إديسون في ولاية أوهايو.\nوقال إن التجارب استغرقت سنوات.\nوكان لإديسون مختبر في نيوجيرسي.';
    const engine = createEngine({ knowledge: knowledgeWith({ 'en-edison': english }) });
    const talk = () => {
      const first = engine.ask('When was Edison born?', engine.newState());
      return engine.ask('Where was his laboratory?', first.state);
    };
    // Remembers the words "he" stands for (Edison's: English only, so far).
    talk();
    engine.addStory({ text: arabic, title: 'Lab', language: 'ar' });
    // Before, "his" reached only the sentences naming Edison as a concept, and the laboratory's was not among them.
    const after = talk();
    expect(after.answers[0]?.text).toBe('وكان لإديسون مختبر في نيوجيرسي.');
  });

  it('has a brand an ordinary Arabic word spells found, though the word was asked before the story came', () => {
    // ابل is "camel" to the dictionary and how Arabic writes *Apple* (ordinarySpelling): the names a word
    // spells are remembered per word, and the first question remembered that it spelled none.
    const engine = createEngine({
      knowledge: knowledgeWith({
        'en-desert': { lines: ['The caravan crossed the desert in three days.', 'Water ran short on the second day.'], language: 'en' },
      }),
    });
    engine.ask('متى افتتحت ابل أول متجر لها؟', undefined, { story: 'en-desert' });
    const added = engine.addStory({
      text: 'A rival company opened its first store in Tokyo in 2003, selling music players.\nIn May 2001, Apple opened its first store in Virginia.\nBoth stores sold players and computers, and customers queued for hours.',
      title: 'Shops',
      language: 'en',
    });
    const r = engine.ask('متى افتتحت ابل أول متجر لها؟', undefined, { story: added.info.id });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('2');
  });
});
