import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// Stories written for this test. The first spells out "United States" and "European Union" and never
// writes US or EU; another story of the archive writes "US" as a name, so that the question's US is a
// found name, not a word. A question that abbreviates them in two capitals means those words
// (`initialsPair`: a run of exactly two capitalised words posted under its initials, index.ts
// postInitials): without the rule, the sentence that writes the question's other words comes first.
const STORY = [
  'Solar water heaters first appeared in Australia in the 1880s.',
  'Commercial solar water heaters began appearing in the United States in the 1890s.',
  'The first house to use a salt heating system was built in 1948.',
  'Trade rules of the European Union set limits on imported heaters in 2005.',
];
const OTHER = ['The US team won the final in 2010.', 'Its coach retired a year later.'];
const ask = firstLabelOf(
  knowledgeWith({
    'en-solar': { lines: STORY, language: 'en' },
    'en-sport': { lines: OTHER, language: 'en' },
  }),
);

describe('an acronym of two capitals stands for a run of two capitalised words', () => {
  it('When did solar water heaters first appear in the US?', () => {
    expect(ask('When did solar water heaters first appear in the US?', 'en-solar')).toBe('2');
    expect(ask('When did solar water heaters first appear in the US?', 'en-solar', { initialsPair: 0 })).not.toBe('2');
  });
  it('What limits did the EU set on heaters?', () => {
    expect(ask('What limits did the EU set on heaters?', 'en-solar')).toBe('4');
  });
});
