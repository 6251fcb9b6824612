import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. العالم is a title before a name ("the scientist …")
// but far more often "the world", and a number or a count after it ("في العالم عدد …", "the world's
// number of …") is no scientist's name (knowledge/name-cues.json, notNames).
const STORY = [
  'يعيش في العالم عدد كبير من اللاجئين بسبب الحروب.',
  'وقد ازداد في العالم عدد اللاجئين خلال العقد الماضي.',
  'ويقدر في العالم عدد المهجرين بنحو مئة مليون إنسان.',
];
const knowledge = knowledgeWith({ 'ar-refugees': { lines: STORY, language: 'ar' } });
const withoutNumbers = {
  ...knowledge,
  nameCues: { ...knowledge.nameCues, notNames: { ...knowledge.nameCues.notNames, ar: knowledge.nameCues.notNames.ar.filter((w) => w !== 'عدد') } },
};
const people = (k: typeof knowledge) => (buildIndex(k).namesByStory.get('ar-refugees') ?? []).filter((e) => e.kind === 'person').flatMap((e) => e.ar);

describe('a number after a title is no name', () => {
  it('عدد after العالم', () => {
    expect(people(knowledge)).not.toContain('عدد');
    expect(people(withoutNumbers)).toContain('عدد');
  });
});
