import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// A capitalised common English word standing before several name words (New York, New Jersey) is
// no one name's first name, yet part of each name. Fails without Word.after in src/search/names.ts.

const knowledge = knowledgeWith({
  'en-city': {
    language: 'en',
    lines: [
      'The port of New York grew quickly after 1800.',
      'Many families moved from New York to New Jersey for cheaper land.',
      'Ferries from New Jersey still carry workers every morning.',
    ],
  },
});
const index = buildIndex(knowledge);
const names = index.namesByStory.get('en-city') ?? [];

describe('a common capitalised word before several names', () => {
  it('keeps it in each name it begins (New York, New Jersey)', () => {
    expect(names.find((e) => e.en.includes('York'))?.en).toContain('New York');
    expect(names.find((e) => e.en.includes('Jersey'))?.en).toContain('New Jersey');
  });
});
