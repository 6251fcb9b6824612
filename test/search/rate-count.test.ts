import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "What is the survival rate for lung cancer?" answered by a sentence that speaks of survival and gives no
// figure: a question naming a rate and asking for no other kind of answer wants a count in its answer or
// beside it, as one asking how many does.
const UNGIVEN = [
  'Lung cancer is a disease of the lungs.',
  'Survival of lung cancer patients depends on early treatment.',
  'Doctors treat it with surgery and radiation.',
];
const GIVEN = [
  'Lung cancer is a disease of the lungs.',
  'The survival rate for lung cancer is about 20 percent after five years.',
  'Doctors treat it with surgery and radiation.',
];
const ask = (lines: string[], question: string, rateCount: number = SEARCH_DEFAULTS.rateCount) =>
  createEngine({ knowledge: knowledgeWith({ lung: { lines, language: 'en' } }), options: { ...SEARCH_DEFAULTS, rateCount } }).ask(question, undefined, {
    story: 'lung',
  });

describe('a rate asked', () => {
  it('is refused when the answer and its neighbours give no figure', () => {
    expect(ask(UNGIVEN, 'What is the survival rate for lung cancer?').abstained).toBe(true);
  });

  it('was answered with rateCount off', () => {
    expect(ask(UNGIVEN, 'What is the survival rate for lung cancer?', 0).abstained).toBe(false);
  });

  it('is answered when the answer gives the rate', () => {
    const r = ask(GIVEN, 'What is the survival rate for lung cancer?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('20 percent');
  });

  it('is not asked by a question asking what happened to a rate', () => {
    expect(ask(UNGIVEN, 'What happened to the survival rate of lung cancer patients?').abstained).toBe(false);
  });

  it('is not asked by a question asking when', () => {
    expect(ask(UNGIVEN, 'When did the survival rate of lung cancer patients depend on early treatment?').abstained).toBe(false);
  });
});
