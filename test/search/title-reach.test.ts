import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A paragraph of a life that never writes its subject's name, which its title holds: a question that
// names the subject in full ("ما حزب سامي فؤاد حداد؟") was never ranked at all, because the name's words,
// held by no sentence, counted as unreachable in the early exit, though the title credits them in every
// sentence. The same question with one word of the name was answered.
describe('words only the title holds are reachable', () => {
  // Stories nobody prepared, written for this test: another story names him, as in an archive.
  const knowledge = knowledgeWith({
    'ar-life-2': {
      title: 'سامي فؤاد حداد',
      lines: ['تولى رئاسة الوزراء من مارس 2003 حتى أغسطس 2014.', 'وهو رئيس حزب الأمل الذي يملك غالبية مقاعد البرلمان.'],
      language: 'ar',
    },
    'ar-life-1': { title: 'سامي فؤاد حداد', lines: ['ولد سامي فؤاد حداد في طرابلس عام 1954.'], language: 'ar' },
  });
  const ask = (titleReach: number, q: string) => createEngine({ knowledge, options: { titleReach } }).ask(q, undefined, { story: 'ar-life-2' });

  it('answers a question naming the subject in full', () => {
    const q = 'ما حزب سامي فؤاد حداد؟';
    expect(ask(0, q).abstained).toBe(true);
    const r = ask(1, q);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('حزب الأمل');
  });
});
