import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

describe('a word in -ced or -cing is stemmed as its word in -ce', () => {
  it('keys the verb and its inflections alike', () => {
    for (const family of [
      ['experience', 'experienced', 'experiences', 'experiencing'],
      ['influence', 'influenced', 'influencing'],
      ['reference', 'referenced', 'referencing'],
      ['sacrifice', 'sacrificed', 'sacrificing'],
      ['prejudice', 'prejudiced'],
      ['produce', 'produced', 'producing'],
      ['face', 'faced', 'facing'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size, family.join(' ')).toBe(1);
    }
  });
});

const STORY = [
  'The painter Mara Voss moved to Porto in 1990 and opened a school there.',
  'Her pupils sacrificed their holidays to finish the mural.',
  'The city bought the school in 2010.',
];

describe('a word in -ce meets its inflection in -ced through the engine', () => {
  const knowledge = knowledgeWith({ voss: { lines: STORY, language: 'en' } });
  const engine = createEngine({ knowledge });
  const ask = (q: string) => {
    const r = engine.ask(q, undefined, { story: 'voss' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('answers "what sacrifice did they make?" with the sentence that says "sacrificed"', () => {
    expect(ask('What sacrifice did her pupils make?')).toBe('2');
    expect(ask('What did they sacrifice?')).toBe('2');
  });
});
