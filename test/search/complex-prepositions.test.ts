import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { Knowledge } from '../../src/knowledge/load.js';
import { knowledgeWith } from '../support/stories.js';

// A complex preposition ("in his place", "in order for") is grammar, not a topic: its noun is no word the
// answer must hold. Weighed in full, "place" sends the question to the sentence about a place chosen for
// a pupil, and "order" to the one about a religious order.
const STORY = [
  'Tsongkhapa did not travel to Nanjing; he sent his disciple Shakya Yeshes to the court.',
  'Tsongkhapa later chose a place near Nanjing for his pupil Gendun Drup.',
  'The emperor gave the Karmapa the place of honor at his left.',
  'For a genocide to be recognised, a substantial part of the group must be destroyed.',
  'The monks of the order kept a genocide memorial as part of their work for the group.',
];
const knowledge = knowledgeWith({ 'en-court': { lines: STORY, language: 'en' } });
const ask = (k: Knowledge, q: string) => createEngine({ knowledge: k }).ask(q, undefined, { story: 'en-court' }).answers[0]?.text ?? '';

/** The same knowledge without the complex prepositions among the words of talk. */
function withoutComplexPrepositions(k: Knowledge): Knowledge {
  const fillers = { ...k.dialogue.fillers, en: k.dialogue.fillers.en.filter((p) => !/\b(place|order)\b/.test(p)) };
  return { ...k, dialogue: { ...k.dialogue, fillers } };
}

describe('a complex preposition in an English question', () => {
  it('"in his place": the one sent is found', () => {
    expect(ask(knowledge, 'Who did Tsongkhapa send in his place to Nanjing?')).toContain('Shakya Yeshes');
  });

  it('"in order for": what must happen to the group is found', () => {
    expect(ask(knowledge, 'In order for a genocide classification to happen, a major part of a group has to be what?')).toContain('must be destroyed');
  });

  it('weighs its noun in full without the list', () => {
    const bare = withoutComplexPrepositions(knowledge);
    expect(ask(bare, 'Who did Tsongkhapa send in his place to Nanjing?')).not.toContain('Shakya Yeshes');
    expect(ask(bare, 'In order for a genocide classification to happen, a major part of a group has to be what?')).not.toContain('must be destroyed');
  });

  it('leaves the noun a word of its own elsewhere', () => {
    expect(ask(knowledge, 'Which place of honor did the Karmapa get?')).toContain('place of honor');
  });
});
