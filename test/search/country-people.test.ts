import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A story written for this test: it writes the adjectives of peoples (Chinese, French), never the
// countries. A question that names the country means its people there (capitals.en.tsv read the other
// way: chinese → china; `countryPeople`): without the rule, the country is a place the story never
// writes, and the question is refused or answered by a sentence about something else.
const STORY = [
  'The port grew quickly in the nineteenth century.',
  'Many workers arrived from the Irish counties after the famine of 1847.',
  'Many workers arrived from the Chinese provinces after the floods of 1848.',
  'French merchants opened a bank beside the harbour in 1852.',
  'The harbour was deepened in 1860.',
];
const ask = firstLabelOf(knowledgeWith({ 'en-port': { lines: STORY, language: 'en' } }));

describe('a country the story never names stands for its people', () => {
  it('Why did workers come from China?', () => {
    expect(ask('Why did workers come from China?', 'en-port')).toBe('3');
    expect(ask('Why did workers come from China?', 'en-port', { countryPeople: 0 })).not.toBe('3');
  });
  it('What did merchants from France open?', () => {
    expect(ask('What did merchants from France open?', 'en-port')).toBe('4');
    expect(ask('What did merchants from France open?', 'en-port', { countryPeople: 0 })).not.toBe('4');
  });
  it('a country no people of the story stands for is still unwritten', () => {
    expect(ask('Why did workers come from Poland?', 'en-port')).toBe('refused');
  });
});
