import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "What was the most displacement caused by the earthquake?": the
// sentence matching most of the question (*displacement*, *earthquake*) says of nothing that
// it is at an extreme, nor do the sentences beside it, so the extreme check refused the question; a
// sentence a little below says *Maximum displacement*. Asking for the one at an extreme, that sentence
// is the answer (`extremeAhead`).
const STORY = [
  'The earthquake struck the mountain region in May.',
  'Early models of the earthquake showed displacement along a fault.',
  'Rivers changed course in several valleys after the earthquake.',
  'Rescue teams arrived within hours of the earthquake.',
  'Maximum displacement reached nine meters.',
  'Schools reopened in the autumn, a year after the earthquake.',
  'The earthquake was felt in distant cities.',
  'Aid for the earthquake came from abroad.',
];
const knowledge = knowledgeWith({ 'en-quake': { lines: STORY, language: 'en' } });
const top = (q: string, extremeAhead?: number) => {
  const r = createEngine({ knowledge, options: extremeAhead === undefined ? {} : { extremeAhead } }).ask(q, undefined, { story: 'en-quake' });
  return r.abstained ? `refused (${r.gate})` : r.answers[0]?.ref;
};

describe('a hit that says the extreme asked, a little below the first', () => {
  it('goes first when the first hit and its neighbours say none', () => {
    const q = 'What was the most displacement caused by the earthquake?';
    expect(top(q)).toBe('5');
    expect(top(q, 1)).toBe('refused (no-extreme)');
  });
  it('not for a hit saying an extreme of another word', () => {
    // *main* is two words from *caused*: said of the quake, not of the thing asked.
    const q = 'What was the most displacement caused by the earthquake?';
    const other = STORY.map((l, i) => (i === 4 ? 'Aftershocks followed the main quake, causing new damage.' : l));
    const k = knowledgeWith({ 'en-quake': { lines: other, language: 'en' } });
    expect(createEngine({ knowledge: k }).ask(q, undefined, { story: 'en-quake' }).gate).toBe('no-extreme');
  });
  it('not when the thing asked is a name: any extreme word anywhere would do', () => {
    // *iPod Shuffle* is a name, so the check reads any extreme word; *only* in sentence 5 says nothing of a first one.
    const lines = [
      'Engineers designed the iPod Shuffle for runners.',
      'The iPod Shuffle was released in a blue box.',
      'Runners liked its clip.',
      'Apple shops sold it in many cities.',
      'Apple said the iPod Shuffle was only a start.',
      'Sales grew in the winter.',
    ];
    const k = knowledgeWith({ 'en-shuffle': { lines, language: 'en' } });
    const r = createEngine({ knowledge: k }).ask('When did Apple release the first iPod Shuffle?', undefined, { story: 'en-shuffle' });
    expect(r.gate).toBe('no-extreme');
  });
});
