import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// Within the gadget story "current" and "processor" are each in one sentence, so the two sentences
// tie; across the stories "current" is common (the river story) and "processor" rare. Without the
// rule the tie goes to story order, the first sentence.
const knowledge = knowledgeWith({
  'en-gadget': { lines: ['In March the model was still current.', 'The model has a faster processor.'], language: 'en' },
  'en-river': {
    lines: ['The current of the river was strong.', 'A current of cold air came down.', 'Swimmers fought the current.', 'The river current slowed in summer.'],
    language: 'en',
  },
});
const question = 'What processor does the current model use?';

describe('an exact tie of an English question', () => {
  it('goes to the sentence whose matched words are rarer across the stories', () => {
    const r = createEngine({ knowledge }).ask(question, undefined, { story: 'en-gadget' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('goes to story order with tieRarity off', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, tieRarity: 0 } }).ask(question, undefined, { story: 'en-gadget' });
    expect(r.answers[0]?.ref).toBe('1');
  });
});
