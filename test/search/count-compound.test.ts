import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A paragraph that counts *aftershocks*, asked how many *shocks*: the noun counted is the head of the
// compound the story writes, so the story does count it (the count check refused it as a thing never named).
const STORY = [
  'By November 2008 there had been 42,719 aftershocks, of which 246 ranged from 4.0 to 4.9 in magnitude.',
  'Rescue teams reached the mountain villages a week later.',
];
const knowledge = knowledgeWith({ quake: { lines: STORY, language: 'en' } });
const ask = (question: string, countCompound: number = SEARCH_DEFAULTS.countCompound) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, countCompound } }).ask(question, undefined, { story: 'quake' });

describe('a noun counted held as the head of a compound', () => {
  it('is held: the count is given', () => {
    const r = ask('How many shocks ranged from 4.0 to 4.9?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('246');
  });

  it('was refused with countCompound off', () => {
    expect(ask('How many shocks ranged from 4.0 to 4.9?', 0).abstained).toBe(true);
  });

  it('a noun the story holds in no form is still refused', () => {
    expect(ask('How many volcanoes ranged from 4.0 to 4.9?').abstained).toBe(true);
  });
});
