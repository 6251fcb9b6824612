import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { saysExtreme } from '../../src/search/extremes.js';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "greatest" and "eldest" are superlatives that the common-word list holds as words of their own (so
// englishSuperlative, which must not read "forest" or "modest" as one, cannot): a sentence calling
// someone "the greatest entertainer alive" says an extreme, for "Who said she is the best entertainer?".
const knowledge = knowledgeWith({
  'en-singer': {
    lines: [
      'The singer released her first album in 2003.',
      'She toured Europe and Asia the following year.',
      'A music producer described the singer as the greatest entertainer alive.',
      'Her tours sold out within hours.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('greatest and eldest say an extreme', () => {
  it('are read as saying one', () => {
    const index = buildIndex(knowledge);
    const says = (text: string) => saysExtreme(index.analyzer.analyze(text), foldConversationWords(index), knowledge.commonEnglish);
    expect(says('He was the greatest player of his time.')).toBe(true);
    expect(says('Her eldest son runs the farm.')).toBe(true);
    expect(says('The forest is modest in size.')).toBe(false);
  });

  it('let the sentence that says "the greatest" answer a question asking "the best"', () => {
    expect(ask('Who said that the singer is the best entertainer alive?', 'en-singer')).toBe('3');
  });
});
