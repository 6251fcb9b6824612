import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// "أين تقع زهران؟": the verb تقع is a word of the question that the sentence answering it need not write
// ("زهران بلدة صغيرة في شمال لبنان"), and with the name alone that sentence covered less of the question
// than the bar. A sentence that gives the place or time an Arabic question asks for, in an Arabic story,
// needs `typeBarRelief` less of its wording.
describe('the bar for a sentence that gives the place or time asked', () => {
  // Stories nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-town': {
      lines: [
        'زهران بلدة صغيرة في شمال لبنان قرب الحدود.',
        'يعمل معظم سكانها في الزراعة وتربية الماشية.',
        'وافتتحت البلدية مدرسة جديدة للبنات.',
        'ويقول السكان إن الطريق إليها يحتاج إلى إصلاح.',
      ],
      language: 'ar',
    },
  });
  const ask = (typeBarRelief: number, q: string) => createEngine({ knowledge, options: { typeBarRelief } }).ask(q, undefined, { story: 'ar-town' });

  it('answers where a place is from the sentence that names it and a place', () => {
    const q = 'أين تقع زهران؟';
    expect(ask(0, q).abstained).toBe(true);
    const r = ask(0.1, q);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('شمال لبنان');
  });

  it('still refuses what no sentence gives', () => {
    expect(ask(0.1, 'كم عدد سكان زهران؟').abstained).toBe(true);
    expect(ask(0.1, 'أين دفن مؤسس المدرسة؟').abstained).toBe(true);
  });
});
