import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A word of م and three letters is written as the participles of forms II and IV are (مدرس, "teacher",
// of يدرس) and as the noun of place (مجلس, "council", where one sits: no participle of يجلس, "sits").
// The dictionary tells them apart: *council* and *sit* share no family, *teacher* and *teach* do.
const knowledge = knowledgeWith({
  'ar-town': {
    lines: [
      'يجلس الحراس أمام البوابة طوال الليل.',
      'وتقع المدينة على ضفة النهر الكبير.',
      'وافتتح المجلس البلدي مكتبا جديدا في الحي الشرقي.',
      'ويدرس الطلاب التاريخ في المدرسة القديمة.',
    ],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const index = buildIndex(knowledge);
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, nounOfPlace: 0 } });
const refs = (e: typeof engine, q: string) => e.ask(q, undefined, { story: 'ar-town' }).answers.map((a) => a.ref);

describe('a noun of place is no participle of the present of its letters', () => {
  it('يجلس does not find المجلس ("where does the minister sit?" is not answered by the council)', () => {
    expect(refs(engine, 'أين يجلس الوزير؟')).toEqual(['1']);
    expect(refs(without, 'أين يجلس الوزير؟')).toContain('3');
  });

  it('a participle the dictionary ties to the present still finds it (المدرس, "the teacher" → يدرس), and the other way', () => {
    const alts = (q: string) => parseQuery(index, q, SEARCH_DEFAULTS).units.flatMap((u) => u.alts.map((a) => a.key));
    expect(alts('المدرس')).toContain('ar:يدرس');
    expect(alts('يدرس')).toContain('ar:مدرس');
    expect(alts('المجلس')).not.toContain('ar:يجلس');
  });
});
