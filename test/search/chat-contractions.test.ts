/**
 * Chat English drops the apostrophe of a question word's contraction: "whos peskov", "wheres the
 * meeting". They are question words (stop words, and the asking phrases of their answer types), not
 * words to look for; before, "whos peskov" was refused because the story never writes "whos".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

const engine = loadEngine();

describe('question words without their apostrophe', () => {
  it('"whos peskov" is answered as "who is peskov"', () => {
    const asked = engine.ask('whos peskov', engine.newState(), { top: 2 });
    const plain = engine.ask('who is peskov', engine.newState(), { top: 2 });
    expect(asked.abstained).toBe(false);
    expect(asked.answers.map((a) => a.label)).toEqual(plain.answers.map((a) => a.label));
  });

  it('they are no units of the question, and wheres / whens / whys ask for a place / a time / a reason', () => {
    const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
    const labels = (q: string) => parseQuery(index, q, SEARCH_DEFAULTS).units.map((u) => u.label.toLowerCase());
    for (const q of ['whos peskov', 'wheres the meeting', 'whens the meeting', 'whys kursk', 'hows zelensky']) expect(labels(q)).not.toContain(q.split(' ')[0]);
    expect(parseQuery(index, 'wheres the meeting', SEARCH_DEFAULTS).answerTypes).toContain('place');
    expect(parseQuery(index, 'whens the meeting', SEARCH_DEFAULTS).answerTypes).toContain('time');
    expect(parseQuery(index, 'whys kursk', SEARCH_DEFAULTS).answerTypes).toContain('reason');
  });
});
