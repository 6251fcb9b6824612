/**
 * A sentence that is only a name with its dates or spellings in brackets ("Name (in Mongolian: …)
 * (1165 - 1227) .") was cut by the segmenter off the sentence that says who that is: it is quoted with
 * the next one, so "who is X?" gets what the story says of X and not the name alone (see span.ts,
 * headingOnly). The story is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'qadir-story': {
    language: 'ar',
    lines: [
      'قادر سليم (بالتركية: Kadir Selim) (1802 - 1871م) . وهو مؤسس مدرسة الخط في مدينة قونية وأول من درّس فيها.',
      'ولد قادر سليم في قرية صغيرة قرب قونية وتعلم الخط على يد أبيه.',
      'وقد توفي سنة 1871 ودفن في حديقة المدرسة.',
    ],
  },
});
const engine = createEngine({ knowledge });

describe('Scenario: a name cut off from the sentence that says who it is', () => {
  it('quotes the name with the sentence after it', () => {
    const r = engine.ask('من هو قادر سليم؟', undefined, { story: 'qadir-story' });
    const first = r.answers[0];
    expect(first?.parts.map((p) => p.text).join(' ')).toContain('وهو مؤسس مدرسة الخط');
  });

  it('leaves a sentence that says something whole on its own', () => {
    const r = engine.ask('من هو قادر سليم؟', undefined, { story: 'qadir-story' });
    expect(r.answers.map((a) => a.label)).toContain('2');
    expect(r.answers.find((a) => a.label === '2')?.parts).toHaveLength(1);
  });
});
