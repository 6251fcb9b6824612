import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// Names found in English stories written for these tests, and their kinds. Each case fails with its
// rule switched off.

const knowledge = knowledgeWith({
  'en-respelling': {
    language: 'en',
    lines: ['Marisol Quintero-Vane (/kinˈtɛroʊ/ kin-TERR-oh) is a singer from Texas.', 'Her band played in Austin for ten years.'],
  },
  'en-songs': {
    language: 'en',
    lines: [
      'Her album held the hits "Solera Nights", "Bravado" and "Moonward".',
      '"Solera Nights" reached the top ten in Spain.',
      'She was born to Dolores Ann "Lolo" Vane, a teacher.',
    ],
  },
  'en-surname': {
    language: 'en',
    lines: ['Marta Oyelaran-Okonjo is a Nigerian chemist.', 'Professor Oyelaran said the results were clear.', 'Okonjo won the prize in 2019.'],
  },
  'en-anthropologist': {
    language: 'en',
    lines: ['The Australian anthropologist Peg Sorrenby coined the term in 2003.', 'The term spread among lawyers.'],
  },
  'ar-camp': {
    language: 'ar',
    lines: ['انتشر الجنود في مواضع كثيرة من المدينة.', 'وبقي الجنود في مواضع أخرى حتى الصباح.', 'وسافر القائد إلى دمشق في مواضع الجيش.'],
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

  it('a name always written alone between quotation marks is a title, a topic: no person, no place ("Solera Nights")', () => {
    const kind = (form: string) => names('en-songs').find((e) => e.en.includes(form))?.kind;
    expect(kind('Solera Nights')).toBe('topic');
    expect(kind('Moonward')).toBe('topic');
    // A nickname between the words of a name is no title.
    expect(kind('Lolo')).not.toBe('topic');
  });

  it('the second half of a double surname nothing else gives a kind is a person, as the first half is (Knowles-Carter)', () => {
    expect(names('en-surname').find((e) => e.en.includes('Okonjo'))?.kind).toBe('person');
  });

  it("a noun describing a person right before a name makes it a person's, though its first word is a common one (anthropologist Peg Sorrenby)", () => {
    expect(names('en-anthropologist').find((e) => e.en.includes('Peg Sorrenby'))?.kind).toBe('person');
  });

  it('an Arabic broken plural of a singular the dictionary translates is no name (مواضع, of موضع "place"), a place name beside it still is', () => {
    const arabic = names('ar-camp').flatMap((e) => e.ar);
    expect(arabic).not.toContain('مواضع');
    expect(arabic).toContain('دمشق');
  });
});
