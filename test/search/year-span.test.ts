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
