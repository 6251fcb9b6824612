import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story tells a tie of kinship by the event that made it more often than by the noun: "her marriage
// to …" for *her husband*, "وُلد … لـ …" for أمه. Without the kin words (knowledge/kin-words.txt), a
// question asking for the husband or the mother finds nothing of its own and is refused, or answered by
// the sentence that only names the person.
const STORY = [
  'Amara Lune is a singer from Lagos.',
  'Her marriage to the producer Kofi Dane in 2008 changed her music.',
  'She sold ten million records in the following years.',
];
const AR_STORY = [
  'كان الأمير سليم قائدا للجيش في الشمال.',
  'وُلد سليم سنة 1250م للأمير داود وحليمة خاتون في قرية على النهر.',
  'وفتح الأمير سليم مدينة كبيرة بعد حصار طويل.',
];
const knowledge = knowledgeWith({ 'en-amara': { lines: STORY, language: 'en' }, 'ar-salim': { lines: AR_STORY, language: 'ar' } });
const ask = (question: string, story: string, kinEvent: number = SEARCH_DEFAULTS.kinEvent) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, kinEvent } }).ask(question, undefined, { story });

describe('a noun of kinship', () => {
  it('finds the event that made the tie: husband ~ marriage', () => {
    expect(ask('Who is Amara Lune’s husband?', 'en-amara').answers[0]?.text).toContain('marriage');
  });

  it('across languages: زوجها ~ marriage', () => {
    expect(ask('من زوجها؟', 'en-amara').answers[0]?.text).toContain('marriage');
  });

  it('in Arabic: والدة ~ وُلد', () => {
    expect(ask('من هي والدة سليم؟', 'ar-salim').answers[0]?.text).toContain('حليمة');
  });

  it('does not with kinEvent off', () => {
    expect(ask('Who is Amara Lune’s husband?', 'en-amara', 0).answers[0]?.text ?? '').not.toContain('marriage');
    expect(ask('من زوجها؟', 'en-amara', 0).answers[0]?.text ?? '').not.toContain('marriage');
    expect(ask('من هي والدة سليم؟', 'ar-salim', 0).answers[0]?.text ?? '').not.toContain('حليمة');
  });

  it('leaves a sentence that writes the noun itself first', () => {
    const k = knowledgeWith({
      'en-amara2': { lines: [...STORY, 'Her husband Kofi Dane also produced her second album.'], language: 'en' },
    });
    const r = createEngine({ knowledge: k }).ask('Who is Amara Lune’s husband?', undefined, { story: 'en-amara2' });
    expect(r.answers[0]?.text).toContain('Her husband');
  });
});

// "تتلمذ على يد", "studied under": an Arabic biography tells who taught its subject by the pupil's verb.
describe('a noun of teaching', () => {
  const k = knowledgeWith({
    'ar-salim2': {
      lines: ['كان الأمير سليم قائدا للجيش في الشمال.', 'وكان سليم عالما بالفلك والحساب.', 'وتتلمذ سليم على يد الشيخ يوسف في دمشق.'],
      language: 'ar',
    },
  });
  const first = (q: string, kinEvent: number) => {
    const r = createEngine({ knowledge: k, options: { ...SEARCH_DEFAULTS, kinEvent } }).ask(q, undefined, { story: 'ar-salim2' });
    return r.abstained ? '(refused)' : (r.answers[0]?.text ?? '');
  };

  it('معلم and أستاذ find تتلمذ', () => {
    expect(first('من هو معلم سليم؟', SEARCH_DEFAULTS.kinEvent)).toContain('تتلمذ');
    expect(first('من كان أستاذ سليم؟', SEARCH_DEFAULTS.kinEvent)).toContain('تتلمذ');
  });

  it('do not with kinEvent off', () => {
    expect(first('من هو معلم سليم؟', 0)).not.toContain('تتلمذ');
  });
});

describe('knowledge/kin-words.txt', () => {
  it('a line without "|" fails with the file and the tie', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { parseKinWords } = await import('../../src/knowledge/load.js');
    const file = join(mkdtempSync(join(tmpdir(), 'sanad-kin-')), 'kin-words.txt');
    writeFileSync(file, 'husband wife | marriage\nfather mother born\n');
    expect(() => parseKinWords(file)).toThrow(/kin-words\.txt.*tie 2.*"\|"/);
  });
});

// A general noun of kinship (*sibling*, *spouse*, *parent*, *child*) is told by a particular one: "his
// sister", "her husband" (knowledge/kin-words.txt). Without those lines the question finds only the name.
describe('a general noun of kinship', () => {
  const lines = [
    'Marcus Vell practised law in a small town for thirty years.',
    'Marcus Vell later stood up to his sister, the formidable Aunt Dora, over the trial.',
    'The town remembered Marcus Vell as a fair man.',
  ];
  const story = knowledgeWith({ 'en-vell': { lines, language: 'en' } });
  const top = (k: typeof story) => {
    const r = createEngine({ knowledge: k }).ask('Who is Marcus Vell’s sibling?', undefined, { story: 'en-vell' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };
  it('sibling ~ sister', () => expect(top(story)).toBe('2'));
  it('not without the line of siblings', () => {
    const kinWords = (story.kinWords ?? []).filter((t) => !t.nouns.includes('sibling'));
    expect(top({ ...story, kinWords })).not.toBe('2');
  });
});
