import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The nouns of one tie in both languages (knowledge/kin-words.txt, "=" lines): a story says والده or
// والدته where the question says أبوه or أمه, and the dictionary does not join them (أم is "mother,
// nation", والدة "father, mother, parent": neither gives the other).
const AR_STORY = [
  'كان الأمير سليم قائدا للجيش في الشمال.',
  'وكان والده تاجرا في دمشق.',
  'وكانت والدته حليمة من أسرة علماء.',
  'وفتح الأمير سليم مدينة كبيرة بعد حصار طويل.',
  'وبنى سليم مسجدا في المدينة.',
  'وحكم سليم عشرين سنة.',
  'ومات سليم في قصره.',
];
const knowledge = knowledgeWith({ 'ar-salim3': { lines: AR_STORY, language: 'ar' } });
// A conversation: the first question names سليم, the second asks for his kin with the suffix.
const answers = (question: string, kinSame: number = SEARCH_DEFAULTS.kinSame) => {
  const engine = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, kinSame } });
  const before = engine.ask('ماذا فتح الأمير سليم؟', undefined, { story: 'ar-salim3' });
  const r = engine.ask(question, before.state, { story: 'ar-salim3' });
  return r.abstained ? ['(refused)'] : r.answers.map((a) => a.text);
};
const first = (question: string, kinSame?: number) => answers(question, kinSame)[0] ?? '';

describe('a noun of kinship and the same tie named otherwise', () => {
  it('أمه ~ والدته, أبوه ~ والده', () => {
    expect(first('ومن أمه؟')).toContain('حليمة');
    expect(answers('ومن أبوه؟').join(' ')).toContain('تاجرا');
  });

  it('not with kinSame off', () => {
    expect(first('ومن أمه؟', 0)).not.toContain('حليمة');
    expect(answers('ومن أبوه؟', 0).join(' ')).not.toContain('تاجرا');
  });
});

// أبو, أم, ابن are also the words Arabic names are made of (أبو بكر, أم كلثوم): والده does not reach them,
// or every such name would answer "who was his father?"; أبوه still reaches والده.
describe('a kin noun inside names', () => {
  const index = buildIndex(
    knowledgeWith({ 'ar-salim4': { lines: ['وكان والده تاجرا في دمشق.', 'وكان صديقه أبو بكر شاعرا.', 'وحكم سليم عشرين سنة.'], language: 'ar' } }),
  );
  const altsOf = (q: string, label: string) => (parseQuery(index, q).units.find((u) => u.label === label)?.alts ?? []).map((a) => a.key);
  it('is reached by no other noun of its tie', () => {
    expect(altsOf('ومن والده؟', 'والده')).not.toContain('ar:ابو');
    expect(altsOf('ومن أبوه؟', 'أبوه')).toContain('ar:الد');
  });
});

describe('knowledge/kin-words.txt, "=" lines', () => {
  it('a line of one noun fails with the file and the tie', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { parseKinWords } = await import('../../src/knowledge/load.js');
    const file = join(mkdtempSync(join(tmpdir(), 'sanad-kin-')), 'kin-words.txt');
    writeFileSync(file, '= mother أم والدة\n= father\n');
    expect(() => parseKinWords(file)).toThrow(/kin-words\.txt.*tie 2.*"="/);
    writeFileSync(file, 'husband | marriage\n= mother أم والدة\n');
    expect(parseKinWords(file)[1]).toEqual({ nouns: ['mother', 'أم', 'والدة'], events: [], same: true });
  });
});
