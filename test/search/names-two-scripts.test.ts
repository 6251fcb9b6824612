import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// An Arabic story that names a man in Arabic letters beside titles and verbs of saying, and once in
// Latin letters with nothing around it that says what he is (as a machine-translated story often does).
const STORY = [
  'قال الرئيس الأوكراني فولوديمير زيلنسكي إنه تحدث مع الوزير عن السلام.',
  'وقال زيلنسكي إن الحديث كان جيدا ومفصلا.',
  'جادل Zelensky مرارا أنه لا سلام بدون بلاده.',
  'وأضاف زيلنسكي أن الاجتماع القادم سيعقد قريبا.',
];
const index = buildIndex(knowledgeWith({ 'ar-leader': { lines: STORY, language: 'ar' } }));

describe('a name a story writes in both scripts', () => {
  it('is one person, whatever kind its bare Latin spelling was guessed to be', () => {
    const latin = parseQuery(index, 'What did Zelensky say?').units.find((u) => u.label === 'Zelensky');
    const arabic = parseQuery(index, 'ماذا قال زيلنسكي؟').units.find((u) => u.label === 'زيلنسكي');
    expect(latin?.kind).toBe('person');
    expect(arabic?.key).toBe(latin?.key);
  });
});

// The story's translator wrote Bessent as بيسين, dropping the t that closes the name's consonants.
const TREASURY = ['وقال وزير الخزانة سكوت بيسين إن المحادثات كانت جيدة.', 'وزار بيسين العاصمة أمس.', 'وقال الرئيس إن الاتفاق قريب.'];
const treasury = buildIndex(knowledgeWith({ 'ar-treasury': { lines: TREASURY, language: 'ar' } }));

describe('a name typed in Arabic letters as it is said', () => {
  it('finds the spelling a translator wrote without the closing t (بيسنت, بيسين)', () => {
    const unit = parseQuery(treasury, 'من هو بيسنت؟').units.find((u) => u.label === 'بيسنت');
    expect(unit?.known).toBe(true);
    expect(unit?.kind).toBe('person');
  });
});
