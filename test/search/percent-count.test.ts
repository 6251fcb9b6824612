import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "What percentage of Muslims are Shia?" answered by a sentence that ranks the Shia among Muslims and gives
// no share: a question asking what share wants a count in its answer or beside it, as one asking how many does.
const RANKED = [
  'The Shia are the second largest group of Muslims in the world.',
  'Their holy cities draw pilgrims every year.',
  'Many pilgrims travel on foot.',
];
const SHARED = ['About 10 percent of Muslims in the world are Shia.', 'Their holy cities draw pilgrims every year.', 'Many pilgrims travel on foot.'];
const ask = (lines: string[], question: string, percentCount: number = SEARCH_DEFAULTS.percentCount) =>
  createEngine({ knowledge: knowledgeWith({ shia: { lines, language: 'en' } }), options: { ...SEARCH_DEFAULTS, percentCount } }).ask(question, undefined, {
    story: 'shia',
  });

describe('a share asked', () => {
  it('is refused when the answer and its neighbours give no count', () => {
    expect(ask(RANKED, 'What percentage of Muslims are Shia?').abstained).toBe(true);
  });

  it('was answered with percentCount off', () => {
    expect(ask(RANKED, 'What percentage of Muslims are Shia?', 0).abstained).toBe(false);
  });

  it('is answered when the answer gives the share', () => {
    const r = ask(SHARED, 'What percentage of Muslims are Shia?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('10 percent');
  });
});
