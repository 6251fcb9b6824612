import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences hold "group", "sign" and "treaty" by their stems, so they score the same. The second
// writes them as the question does ("groups signed"); without the tie-break by wording the first, earlier,
// sentence wins.
const STORY = ['The group signing the treaty met in secret.', 'Later, farmers and workers groups signed the treaty openly.'];
const engine = createEngine({ knowledge: knowledgeWith({ 'en-treaty': { lines: STORY, language: 'en' } }) });

describe('two sentences with the same score', () => {
  it('rank first the one that writes the question words as the question does', () => {
    const r = engine.ask('Which groups signed the treaty?', undefined, { story: 'en-treaty', top: 2 });
    expect(r.answers.map((a) => a.ref)).toEqual(['2', '1']);
    expect(r.answers[0]?.score).toBe(r.answers[1]?.score);
  });
});
