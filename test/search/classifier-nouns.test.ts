import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "What form of destruction …?" asks for a kind of destruction: "form" frames the question, as "what
// kind of" does. Weighed in full, rarer in the story than "judges", it sends the question to the
// sentence where an intent is "formed".
const STORY = [
  'Some judges held that cultural destruction was enough.',
  'The intent to cause destruction, formed in secret, was limited by the means at hand.',
  'The judges met in The Hague.',
  'Two judges wrote a dissent.',
];
const knowledge = knowledgeWith({ 'en-law': { lines: STORY, language: 'en' } });
const QUESTION = 'What form of destruction did judges accept?';
const first = (classifierAsking: number) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, classifierAsking } }).ask(QUESTION, undefined, { story: 'en-law' }).answers[0]?.text ?? '';

describe('a classifier noun between "what" and "of"', () => {
  it('frames the question: the kind of destruction is found', () => {
    expect(first(SEARCH_DEFAULTS.classifierAsking)).toContain('cultural destruction');
  });

  it('weighs as a topic with classifierAsking off', () => {
    expect(first(0)).not.toContain('cultural destruction');
  });

  it('weighs less than a topic only in that place', () => {
    const index = buildIndex(knowledge);
    const weight = (q: string, label: string) => parseQuery(index, q, SEARCH_DEFAULTS).units.find((u) => u.label.toLowerCase() === label)?.weight ?? 0;
    const framing = weight('What form of destruction did judges accept?', 'form');
    const topic = weight('Which intent did the perpetrator form?', 'form');
    expect(framing).toBeGreaterThan(0);
    expect(framing).toBeLessThan(topic);
    // "name" is left a topic: stories write "named" and "her name was" beside the answer.
    expect(weight('What is the name of the court?', 'name')).toBeGreaterThan(0);
  });
});
