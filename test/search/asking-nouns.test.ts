import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "What events provoked the migration?" asks for events: the sentence that gives them names the
// droughts and the wars, not "events". Weighed as a word the answer must hold, "events" kept that sentence
// under the coverage bar; a general noun of asking right after "what" / "which" frames the question.
const STORY = [
  'The valley was settled by farmers in the old days.',
  'Long droughts and two wars brought the migration of farmers to the coast.',
  'The coast towns grew quickly after that.',
  'Fishing became the main trade there.',
  'Many events are held in the towns each summer.',
  'The harbour was rebuilt twice.',
];
const knowledge = knowledgeWith({ 'en-valley': { lines: STORY, language: 'en' } });
const ask = (q: string, askingNouns: number) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, askingNouns } }).ask(q, undefined, { story: 'en-valley' });
const weight = (q: string, label: string, askingNouns: number = SEARCH_DEFAULTS.askingNouns) =>
  parseQuery(buildIndex(knowledge), q, { ...SEARCH_DEFAULTS, askingNouns }).units.find((u) => u.label.toLowerCase() === label);

describe('a general noun of asking after "what" / "which"', () => {
  it('frames the question: the events are found', () => {
    const r = ask('What events provoked the migration?', SEARCH_DEFAULTS.askingNouns);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('droughts');
  });

  it('is a word the answer must hold with askingNouns off: refused', () => {
    expect(ask('What events provoked the migration?', 0).abstained).toBe(true);
  });

  it('is framing after "what" or one word after it, not elsewhere', () => {
    expect(weight('What events caused the migration?', 'events')?.framed).toBe(true);
    expect(weight('In what historical era was the valley settled?', 'era')?.framed).toBe(true);
    expect(weight('Which character was hurt?', 'character')?.framed).toBe(true);
    expect(weight('What events caused the migration?', 'events', 0)?.framed).toBeUndefined();
    // Past a stop word or a numeral it is the topic, or the kind a list names.
    expect(weight('What does the word valley mean?', 'word')?.framed).toBeUndefined();
    expect(weight('What two events were held?', 'events')?.framed).toBeUndefined();
    expect(weight('Where were the events held?', 'events')?.framed).toBeUndefined();
  });
});
