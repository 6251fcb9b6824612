import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A facet's word after "without" (بدون, دون, بلا) says what is not so: the question does not ask for it.
// "What term did LeVine coin to refer to cultural destruction, without the death of its members?" was
// refused because the answer (which says "without destroying its members") speaks of no death.
const knowledge = knowledgeWith({
  'en-term': {
    lines: [
      'The village council met every spring to settle disputes over water.',
      'Historian Mara Quill coined the word "ethnocide" for the erasure of a culture that spares the lives of its people.',
      'The harvest festival draws visitors from the whole valley.',
      'Many soldiers died in the war of 1920.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('a facet word after "without"', () => {
  it('is not asked for', () => {
    expect(ask('What word did Mara Quill coin for the erasure of a culture without the death of its people?', 'en-term')).toBe('2');
  });
  it('is asked for when nothing negates it', () => {
    expect(ask('What word did Mara Quill coin for the erasure of a culture after the death of its people?', 'en-term')).toBe('refused');
  });
});
