import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// Names found in Arabic letters take their consonant skeleton as id, and two stories may name two
// different things with one skeleton (قشيشة, a person; كيوشو, an island: both "ks"). Fails without the
// spelling check of storyNames (src/search/index.ts: spellingsDisagree).

const knowledge = knowledgeWith({
  'ar-coach': {
    language: 'ar',
    lines: ['قال المدرب مصطفى قشيشة إن الفريق جاهز.', 'وأضاف قشيشة أن المباراة صعبة.', 'وقال قشيشة إن الجمهور سيحضر.'],
  },
  'ar-island': {
    language: 'ar',
    lines: ['قال كيوشو في بيان إن الميناء مغلق.', 'وأضاف كيوشو أن السفن تنتظر.', 'وقال كيوشو إن الطقس سيتحسن.'],
  },
  'ar-coach-again': {
    language: 'ar',
    lines: ['قال المدرب مصطفى قشيشة إن التدريب انتهى.', 'وأضاف قشيشة أن اللاعبين بخير.'],
  },
});
const index = buildIndex(knowledge);
const idOf = (story: string, form: string) => index.namesByStory.get(story)?.find((e) => e.ar.includes(form))?.id;

describe('Arabic names of one skeleton found in different stories', () => {
  it('keeps two names whose spellings disagree apart, and joins one name spelled alike', () => {
    const coach = idOf('ar-coach', 'قشيشه');
    const island = idOf('ar-island', 'كيوشو');
    expect(coach).toBeDefined();
    expect(island).toBeDefined();
    expect(coach).not.toBe(island);
    expect(index.names.find((e) => e.ar.includes('قشيشه'))?.ar).not.toContain('كيوشو');
    // The same name in a third story is the first story's concept.
    expect(idOf('ar-coach-again', 'قشيشه')).toBe(coach);
  });
});

describe('an Arabic name told apart by its spelling', () => {
  it('still joins its own Latin spelling in its story', () => {
    const k = knowledgeWith({
      'ar-coach': { language: 'ar', lines: ['قال المدرب مصطفى قشيشة إن الفريق جاهز.', 'وأضاف قشيشة أن المباراة صعبة.'] },
      'ar-island': { language: 'ar', lines: ['قال كيوشو (Kyushu) في بيان إن الميناء مغلق.', 'وأضاف كيوشو أن السفن تنتظر.'] },
    });
    const idx = buildIndex(k);
    const concept = idx.names.find((e) => e.ar.includes('كيوشو'));
    expect(concept?.en).toContain('Kyushu');
    expect(concept?.ar).not.toContain('قشيشه');
  });
});
