import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "Who was the president at the time of the earthquake?" of a story that names no president: the
// earthquake's words match, yet no sentence can say who held that office (the president facet of
// knowledge/facets.jsonl). A premier is no president, so a story naming only its premier does not hold it.
const knowledge = knowledgeWith({
  'en-quake': {
    lines: [
      'An earthquake struck the valley of Marn on 3 May.',
      'Premier Lan Oda flew to the valley of Marn two hours after the earthquake.',
      'Rescue teams searched the ruins for a week.',
    ],
    language: 'en',
  },
  'en-vote': {
    lines: ['Rosa Tal was elected president of the republic after the earthquake in Marn.', 'Rescue teams searched the ruins for a week.'],
    language: 'en',
  },
  'ar-quake': {
    lines: ['ضرب زلزال وادي مارن في 3 مايو.', 'وزار رئيس الجمهورية روزا تال وادي مارن بعد الزلزال.'],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('a president', () => {
  it('is refused of a story that names no president, not even when it names a premier', () => {
    expect(ask('Who was the president at the time of the earthquake in Marn?', 'en-quake')).toBe('refused');
  });

  it('is answered without the facet check (and the office check, which refuses it too: no sentence there names a president)', () => {
    expect(ask('Who was the president at the time of the earthquake in Marn?', 'en-quake', { facetCheck: 0, facetNear: 0, roleCheck: 0 })).not.toBe('refused');
  });

  it('is answered by a story naming one, in English or in Arabic', () => {
    expect(ask('Who was the president at the time of the earthquake in Marn?', 'en-vote')).toBe('1');
    expect(ask('Who was the president at the time of the earthquake in Marn?', 'ar-quake')).not.toBe('refused');
  });
});
