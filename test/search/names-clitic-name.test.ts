import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// Stories nobody prepared, written for this test. A conjunction written onto a word: onto a name the
// dictionary knows (وفرنسا, "and France") it is no part of the name; onto an ordinary word it makes no
// name of it (فتتقلص, "and so shrinks").
const index = buildIndex(
  knowledgeWith({
    'ar-trip': {
      language: 'ar',
      lines: ['سافر الوفد إلى ألمانيا وفرنسا في الربيع.', 'ثم وصل الوفد إلى واشنطن في الصيف.', 'وعاد الوفد إلى ألمانيا وفرنسا في الخريف.'],
    },
    'ar-river': {
      language: 'ar',
      lines: ['يجف النهر في الصيف فتتقلص المزارع.', 'ويقول المزارعون إن المطر قليل.', 'وتنتظر المزارع فتتقلص المحاصيل كل عام.'],
    },
  }),
);
const names = (story: string) => (index.namesByStory.get(story) ?? []).flatMap((e) => e.ar);

describe('a conjunction written onto an Arabic word', () => {
  it('is no part of a name the dictionary knows (وفرنسا is France), unless the name spells better with it (واشنطن)', () => {
    expect(names('ar-trip')).toContain('فرنسا');
    expect(names('ar-trip')).not.toContain('وفرنسا');
    expect(names('ar-trip')).toContain('واشنطن');
  });

  it('makes no name of an ordinary word of five letters or more (فتتقلص)', () => {
    expect(names('ar-river')).not.toContain('فتتقلص');
  });
});
