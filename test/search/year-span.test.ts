import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// An encyclopaedia gives a reign as two years in brackets, "(r. 1402–1424)", and writes neither "years"
// nor "reign". Without the span standing for those words, the sentence that writes "year" wins.
const STORY = [
  'The Yongle Emperor (r. 1402–1424) sent envoys to the Karmapa.',
  'In the second year of the dynasty the emperor issued new edicts.',
  'The Phagmodru (1354–1435) ruled central Tibet.',
];
const knowledge = knowledgeWith({ 'en-ming': { lines: STORY, language: 'en' } });
const first = (question: string, yearSpan: number = SEARCH_DEFAULTS.yearSpan) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, yearSpan } }).ask(question, undefined, { story: 'en-ming' }).answers[0]?.text ?? '';

describe('a span of years in brackets', () => {
  it('stands for "years" and "reign"', () => {
    expect(first('What years did the Yongle Emperor reign?')).toContain('1402–1424');
  });

  it('does not with yearSpan off', () => {
    expect(first('What years did the Yongle Emperor reign?', 0)).not.toContain('1402–1424');
  });

  it('leaves a sentence that writes the word itself first', () => {
    expect(first('In which year of the dynasty did the emperor issue edicts?')).toContain('second year');
  });
});

// "When did it start and end?" asks for the two years a span gives: without "start" and "end" among the
// span words (knowledge/span-words.en.txt), only the name matches and the question is refused.
describe('a span of years for a start and an end', () => {
  const story = knowledgeWith({
    'en-tsang': {
      lines: ['The Rinpungpa (1435–1565) held western Tsang.', 'Traders crossed the passes every summer with salt and wool.'],
      language: 'en',
    },
  });
  const ask = (question: string) => createEngine({ knowledge: story }).ask(question, undefined, { story: 'en-tsang' });

  it('answers with the span', () => {
    const r = ask('When did the Rinpungpa regime start and end?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('1435–1565');
  });
});

// "What was the lifespan of …?" asks for the two years of a life: "lifespan" and "lifetime" are span
// words (knowledge/span-words.en.txt) as "life" is; without them the question is refused (its one other
// word, the name, is a third of the story's sentences).
describe('a lifespan', () => {
  const lines = [
    'Theodore Hale (1917–2015) served as president of the college for 35 years.',
    'Hale was known for his work on civil rights.',
    'Hale also wrote twelve books on education.',
    'The college doubled its students in the same decades.',
  ];
  const story = knowledgeWith({ 'en-hale': { lines, language: 'en' } });
  const ask = (k: typeof story) => {
    const r = createEngine({ knowledge: k }).ask('What was the lifespan of Theodore Hale?', undefined, { story: 'en-hale' });
    return r.abstained ? 'refused' : (r.answers[0]?.text ?? '');
  };

  it('is the life span in brackets', () => {
    expect(ask(story)).toContain('1917–2015');
  });
  it('is not without the word among the span words', () => {
    const spanWords = (story.spanWords ?? []).filter((w) => w !== 'lifespan' && w !== 'lifetime');
    expect(ask({ ...story, spanWords })).not.toContain('1917–2015');
  });
});
