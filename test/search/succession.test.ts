import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "Who succeeded him?" asks for whoever came after a ruler: a story that tells his rule but never speaks
// of a successor, an heir or a throne cannot answer (the succession facet of knowledge/facets.jsonl).
// Only an English question asking who does: "succeeded in" is also "managed to", and an Arabic question
// is left alone, since خلف is as often "behind" (من يقف خلف الهجوم؟, who is behind the attack?).
const knowledge = knowledgeWith({
  'en-ruler': {
    lines: ['Omar Farid became president of the republic in 1954.', 'Omar Farid built a dam on the river.', 'Omar Farid died in office in 1970.'],
    language: 'en',
  },
  'en-king': {
    lines: ['King Karim ruled the kingdom for forty years.', 'His son Prince Adel succeeded King Karim in 1950.'],
    language: 'en',
  },
  'ar-ruler': {
    lines: ['أصبح عمر فريد رئيسا للجمهورية سنة 1954.', 'وبنى عمر فريد سدا على النهر.', 'وتوفي عمر فريد سنة 1970.'],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('who came after a ruler', () => {
  it('is refused of a story that never speaks of a successor, in either language and across them', () => {
    expect(ask('Who succeeded Omar Farid as president?', 'en-ruler')).toBe('refused');
    expect(ask('Who succeeded Omar Farid as president?', 'ar-ruler')).toBe('refused');
  });

  it('is answered without the facet check', () => {
    expect(ask('Who succeeded Omar Farid as president?', 'en-ruler', { facetCheck: 0, facetNear: 0 })).not.toBe('refused');
  });

  it('is answered by a story that tells it', () => {
    expect(ask('Who succeeded King Karim?', 'en-king')).toBe('2');
  });

  it('asks for nobody when the question does not ask who, nor in Arabic', () => {
    expect(ask('When did Omar Farid succeed as president of the republic?', 'en-ruler')).not.toBe('refused');
    expect(ask('من يقف خلف بناء عمر فريد السد على النهر؟', 'ar-ruler')).toBe('2');
  });
});
