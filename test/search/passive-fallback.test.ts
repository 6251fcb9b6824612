/**
 * A passive in انفعل the dictionary lacks (انضاف, spoken Arabic's "was added") is read by its simple verb
 * (arabicFallbackKeys). The same letters are the verbal noun إفعال and the plural أفعال of a root opening on
 * ن, which the dictionary has: إنشاء ("construction") must not be read as شاء ("wanted"), nor إنزال
 * ("landing") as زال ("ceased").
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { arabicFallbackKeys } from '../../src/text/dictionary.js';
import { knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'ar-rain': {
    lines: ['شاء القدر أن يهطل المطر بغزارة على المدينة.', 'وزال الخطر بعد يومين.', 'ويعمل أكثر السكان في الزراعة والتجارة.'],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-rain' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('the passive in انفعل only for a word the dictionary lacks', () => {
  const stem = (w: string) => w;
  it('reads a word the dictionary lacks by its simple verb, and one it has not', () => {
    expect(arabicFallbackKeys('ar:انضاف', stem, () => false)).toContain('ar:اضاف');
    expect(arabicFallbackKeys('ar:انشاء', stem, (k) => k === 'ar:انشاء')).not.toContain('ar:شاء');
    // Without a dictionary to ask, the reading stays.
    expect(arabicFallbackKeys('ar:انضاف', stem)).toContain('ar:اضاف');
  });

  it('does not answer a verbal noun of the dictionary with the verb its last letters spell', () => {
    // إنشاء ("construction") is no شاء ("wanted"), إنزال ("landing") no زال ("ceased"): the story tells neither.
    expect(ask('متى بدأ إنشاء المدينة؟')).toBe('refused');
    expect(ask('متى تم إنزال المطر؟')).toBe('refused');
  });
});
