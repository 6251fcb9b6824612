import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// Arabic writes "the president of Egypt" as a title right before the place (رئيس مصر), which is also how
// a title stands before a person's name (الرئيس بوتين).
const STORY = ['تولى حسني مبارك منصب رئيس مصر عام 1981.', 'وقال رئيس مصر إن الاقتصاد ينمو.', 'وزار مبارك العاصمة مرات كثيرة.'];

describe('an Arabic place the dictionary names, after a title', () => {
  it('is a place, not a person', () => {
    const index = buildIndex(knowledgeWith({ 'ar-egypt': { lines: STORY, language: 'ar' } }));
    const egypt = (index.namesByStory.get('ar-egypt') ?? []).find((e) => e.ar.includes('مصر'));
    expect(egypt?.kind).toBe('place');
  });
});
