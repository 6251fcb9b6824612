/**
 * "من هو الإسكندر الأكبر؟" asks who someone is: what it names is a person, though a story nobody prepared
 * may not know the name as one (الإسكندر stays a plain word there). The next "he" ("واين ولد؟") stands for
 * them, not for the person the answer shown happens to name (there, ملوك, "kings", found as a person).
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import type { FocusItem } from '../../src/types.js';
import { answer, followUpOver, state } from '../support/focus.js';
import { knowledgeWith } from '../support/stories.js';

const index = buildIndex(
  knowledgeWith({
    'ar-alexander': {
      lines: ['الإسكندر الأكبر هو أحد ملوك مقدونيا.', 'وُلد الإسكندر في مدينة بيلا سنة 356 ق.م.', 'وكان الأكبر سنا بين إخوته.'],
      language: 'ar',
    },
    'en-defence': { lines: ['The US defence secretary spoke in Brussels.'], language: 'en' },
  }),
);
const ask = followUpOver(index);
const someone: FocusItem = { key: 'ar:اسكندر', label: 'الإسكندر', kind: 'term', weight: 5, age: 0, whoIs: true };

describe('who is …?', () => {
  it('marks what it names as someone', () => {
    const { focus } = ask('من هو الإسكندر الأكبر؟', state([]), true);
    expect(focus.find((f) => f.key === 'ar:اسكندر')?.whoIs).toBe(true);
  });

  it('does not mark common words: "who is the defence secretary?" asks by a role', () => {
    const { focus } = ask('Who is the US defence secretary?', state([]), true);
    expect(focus.filter((f) => f.whoIs === true).map((f) => f.key)).not.toContain('en:secretari');
  });

  it('the next "he" stands for them, not for the answer\'s person', () => {
    const carried = ask('واين ولد؟', state([someone], answer('1', ['peskov'], 'peskov'))).r.carried.map((u) => u.key);
    expect(carried).toContain('ar:اسكندر');
    expect(carried).not.toContain('c:peskov');
  });

  it('stays someone while a pronoun stands for them again', () => {
    const { focus } = ask('واين ولد؟', state([someone], answer('1', ['peskov'], 'peskov')));
    expect(focus.find((f) => f.key === 'ar:اسكندر')?.whoIs).toBe(true);
  });

  it('without the mark, "he" is the answer\'s person, as before', () => {
    const carried = ask('واين ولد؟', state([{ ...someone, whoIs: undefined } as unknown as FocusItem], answer('1', ['peskov'], 'peskov'))).r.carried.map(
      (u) => u.key,
    );
    expect(carried).toContain('c:peskov');
  });
});
