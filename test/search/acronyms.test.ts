import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// The story defines NPR once, then uses the acronym alone. The question names the railroad by its words:
// only through the acronym does the last sentence hold them, and it outranks the one that defines it.
const STORY = [
  'Tracks of the Northern Pacific Railroad (NPR) reached the valley from the west in 1881.',
  'Settlers arrived soon after.',
  'The NPR was completed at Gold Creek in 1883.',
];
const knowledge = knowledgeWith({ 'en-railroad': { lines: STORY, language: 'en' } });
const QUESTION = 'When was the Northern Pacific Railroad completed?';

describe('an acronym the story defines', () => {
  it('stands for its words where the story uses it alone', () => {
    const r = createEngine({ knowledge }).ask(QUESTION, undefined, { story: 'en-railroad' });
    expect(r.answers[0]?.text).toContain('Gold Creek');
  });

  it('does not without the acronym credit', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, acronym: 0 } }).ask(QUESTION, undefined, { story: 'en-railroad' });
    expect(r.answers[0]?.text ?? '').not.toContain('Gold Creek');
  });

  // The second sentence holds the question's other words and stands beside the one naming the ECHR; the
  // third holds them too and spells the court out, which only the acronym credit makes the ECHR.
  const court = knowledgeWith({
    'en-court': {
      lines: [
        'The European Court of Human Rights (ECHR) was set up in 1959.',
        'A court of appeal in Berlin heard the case first.',
        'Later the European Court of Human Rights heard the case in Strasbourg.',
      ],
      language: 'en',
    },
  });
  const ASKED = 'Where did the ECHR hear the case?';

  it('is found where the story spells it out, when the question uses the acronym', () => {
    const r = createEngine({ knowledge: court }).ask(ASKED, undefined, { story: 'en-court' });
    expect(r.answers[0]?.text).toContain('Strasbourg');
  });

  // Nor through the initials of the words spelled out, which an acronym the story found as a name also
  // meets (`initialsPair`).
  it('is not, without the acronym credit', () => {
    const r = createEngine({ knowledge: court, options: { ...SEARCH_DEFAULTS, acronym: 0, initialsPair: 0 } }).ask(ASKED, undefined, { story: 'en-court' });
    expect(r.answers[0]?.text ?? '').not.toContain('Strasbourg');
  });
});
