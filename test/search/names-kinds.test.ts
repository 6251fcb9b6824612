import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// Names found in English stories written for these tests, and their kinds. Each case fails with its
// rule switched off.

const knowledge = knowledgeWith({
  'en-respelling': {
    language: 'en',
    lines: [
      'Marisol Quintero-Vane (/kinˈtɛroʊ/ kin-TERR-oh) is a singer from Texas.',
      'Her band played in Austin for ten years.',
    ],
  },
});
const index = buildIndex(knowledge);
const names = (story: string) => index.namesByStory.get(story) ?? [];
const forms = (story: string) => names(story).flatMap((e) => e.en);

describe('names found in English stories', () => {
  it('the capitals of a pronunciation respelling after an IPA transcription are stress, no name (bee-YON-say)', () => {
    expect(forms('en-respelling')).not.toContain('TERR');
    expect(forms('en-respelling').some((f) => f.includes('Marisol'))).toBe(true);
  });
});
