import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// أديسون: the stemmer takes its ون off as a plural ending, and the stem اديس is the dictionary's entry for
// Addis (Ababa) too, whose first gloss ("addis") does not spell the name's consonants; a later one
// ("edison") does, and no gloss is a common English word.
const STORY = ['توماس ألفا أديسون (1847-1931)، مخترع ورجل أعمال أمريكي.', 'يعد إديسون رابع أكثر مخترع إنتاجا في التاريخ.', 'سجل أديسون براءات كثيرة.'];

describe('an Arabic name the dictionary lists among other glosses', () => {
  it('is a name when some gloss (not only the first) spells its consonants and none is a common word', () => {
    const index = buildIndex(knowledgeWith({ 'ar-inventor': { lines: STORY, language: 'ar' } }));
    const names = index.namesByStory.get('ar-inventor') ?? [];
    expect(names.some((e) => e.ar.some((f) => f.endsWith('ديسون')))).toBe(true);
  });
});
