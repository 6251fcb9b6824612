import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test: the first sentences name what is asked about as often as the one that
// lists it, so without an answer type story order decides. "What are typical …?", "Name some …?" ask for
// examples (knowledge/answer-types.jsonl, "examples"): a sentence that lists them ("… include …") supplies
// them, and "name" in "Name some …" is no content word ("named" is no list).
const STORY = [
  'Thermal mass materials are those that can store heat from the sun during the day.',
  'Common thermal mass materials include stone, brick and water.',
  'The drug was named after the chemist who found it, and it has side effects.',
  'Side effects of the drug are usually mild and pass within days.',
  'Frequent side effects include nausea and headache.',
  'Shops sell accessories for the player in most towns.',
  'Shops sell accessories for the player, such as cases and chargers.',
];

const knowledge = knowledgeWith({ 'en-mass': { lines: STORY, language: 'en' } });
const engine = createEngine({ knowledge });
const bare = { ...knowledge, answerTypes: knowledge.answerTypes.filter((t) => t.id !== 'examples') };
const without = createEngine({ knowledge: bare });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'en-mass' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

// The same type without its phrases: "such as" is two stop words, no cue word can say it.
const noPhrases = createEngine({
  knowledge: {
    ...knowledge,
    answerTypes: knowledge.answerTypes.map((t) => (t.id === 'examples' ? { ...t, phrases: { en: [], ar: [] } } : t)),
  },
});

describe('a question for examples asks for a list', () => {
  it('What are some accessories that shops sell for the player?: "such as" lists them', () => {
    expect(top(engine, 'What are some accessories that shops sell for the player?')).toBe('7');
    expect(top(noPhrases, 'What are some accessories that shops sell for the player?')).toBe('6');
  });
  it('What are typical thermal mass materials?', () => {
    expect(top(engine, 'What are typical thermal mass materials?')).toBe('2');
    expect(top(without, 'What are typical thermal mass materials?')).toBe('1');
  });
  it('Name some side effects.', () => {
    expect(top(engine, 'Name some side effects.')).toBe('5');
    expect(top(without, 'Name some side effects.')).not.toBe('5');
  });
  it('the asking words are no content words, and a question that does not ask for examples asks for none', () => {
    const p = parseQuery(buildIndex(knowledge), 'Name some side effects.', SEARCH_DEFAULTS);
    expect(p.answerTypes).toContain('examples');
    expect(p.units.map((u) => u.label)).not.toContain('Name');
    expect(parseQuery(buildIndex(knowledge), 'What did the chemist name the drug?', SEARCH_DEFAULTS).answerTypes).not.toContain('examples');
  });
});
