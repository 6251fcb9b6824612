import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { subjectOf } from '../../src/search/subjects.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences hold "walls", "painted" and a painter, and both stand beside a sentence naming the Basilica. Only
// the second is about the Basilica: "Its walls" points back at the subject before it. Without the
// subject inherited they tie, and the first, earlier, sentence wins.
const STORY = [
  'Visitors to the Basilica of the Sacred Heart often come in May. The walls of the old school were painted by Father Marco Rossi.',
  'The Basilica of the Sacred Heart stands on the spot of the first church. Its walls were painted by Luigi Gregori.',
];
const knowledge = knowledgeWith({ 'en-basilica': { lines: STORY, language: 'en' } });

describe('a sentence that opens on a pronoun', () => {
  it('is about the subject of the sentence before it', () => {
    const r = createEngine({ knowledge }).ask('Who painted the walls of the Basilica?', undefined, { story: 'en-basilica' });
    expect(r.answers[0]?.text).toContain('Luigi Gregori');
  });

  it('is not, with the subject credit turned off (the two sentences tie and the earlier wins)', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, inherit: 0 } }).ask('Who painted the walls of the Basilica?', undefined, {
      story: 'en-basilica',
    });
    expect(r.answers[0]?.text).toContain('Marco Rossi');
  });
});

describe('subjectOf', () => {
  const index = buildIndex(
    knowledgeWith({
      'en-store': {
        lines: [
          'The iTunes Store (introduced in 2003) is an online media store.',
          'The store became the market leader soon after its launch.',
          'The price of songs was cut in 2009.',
          'In 2010, it sold its ten billionth song.',
        ],
        language: 'en',
      },
    }),
  );
  const keys = (gid: number) => [...subjectOf(index, gid).keys];

  it('reads the opening noun phrase, up to a bracket or a verb of being', () => {
    expect(keys(0)).toEqual(expect.arrayContaining(['en:itun', 'en:store']));
    expect(keys(0)).not.toContain('en:onlin');
  });

  it('takes "the" and a noun the subject before holds as pointing back, and not another noun', () => {
    expect(subjectOf(index, 1).pointsBack).toBe(true);
    expect(subjectOf(index, 2).pointsBack).toBe(false);
  });

  it('reads a pronoun after an opening adverbial as pointing back', () => {
    expect(subjectOf(index, 3).pointsBack).toBe(true);
    expect(subjectOf(index, 0).pointsBack).toBe(false);
  });
});
