import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// "63%" is "63 percent": a sentence that writes the sign answers a question that asks for the percent.
// Both sentences hold the question's other words as written; without the sign read as the word, the
// first (which gives no share) comes first in story order.
const STORY = ['Most of the people live in cities, the survey of 2010 found.', 'About 63% of the people live in cities.'];
const knowledge = knowledgeWith({ 'en-valley': { lines: STORY, language: 'en' } });
const first = (q: string) => createEngine({ knowledge }).ask(q, undefined, { story: 'en-valley' }).answers[0]?.text ?? '';

describe('a percent sign after a number', () => {
  it('stands for the word "percent"', () => {
    expect(first('What percent of the people live in cities?')).toContain('63%');
  });

  it('stands for it as a synonym of "percentage" too', () => {
    expect(first('What percentage of the people live in cities?')).toContain('63%');
  });
});
