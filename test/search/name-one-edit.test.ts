import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test (a newsroom's own): a fire at a port, a bay and the people who spoke.
const FIRE_STORY = [
  'Fire chief Margaret Okonkwo said the crews brought the fire under control by 11 a.m.',
  'Port director Tomas Lindqvist said loading would resume on Friday.',
  'Three ships waiting to load were diverted to the port of Marrow Bay, 60 kilometres to the north.',
];

describe('a capitalised word, typed as a name, is corrected one edit away at most', () => {
  const knowledge = knowledgeWith({ fire: { lines: FIRE_STORY, language: 'en' } });
  const engine = createEngine({ knowledge });

  it('so a name the story lacks is said to be missing, not taken for a name two edits away', () => {
    // Macron → Marrow is two substitutions (c → r, n → w).
    const r = engine.ask('What did Macron say?');
    expect(r.abstained).toBe(true);
    expect(r.unknown).toEqual(['Macron']);
    // With two edits allowed, as for a lower-case word, the bay answered for the president.
    const loose = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, nameOneEdit: 0 } }).ask('What did Macron say?');
    expect(loose.answers[0]?.text).toContain('Marrow Bay');
  });

  it('while a name typed one edit wrong (a transposition counts as one) still finds its sentence', () => {
    expect(engine.ask('what did Okonkow say?').answers[0]?.text).toContain('Okonkwo');
    expect(engine.ask('what did Lindkvist say?').answers[0]?.text).toContain('Lindqvist');
  });
});

describe('a capitalised word an Arabic story spells is also corrected to an English story name', () => {
  // Two stories of one archive: an English one quoting Haddad, an Arabic one quoting الحداد.
  const knowledge = knowledgeWith({
    fire: { lines: ['Its secretary, Dalia Haddad, called for an independent inquiry.', '"We wrote to management twice," Haddad said.'], language: 'en' },
    water: { lines: ['وقال الحداد في حفل الافتتاح إن زمن الصهاريج انتهى.'], language: 'ar' },
  });

  it('so "Hadad", one letter short, finds Haddad, not only the Arabic spelling', () => {
    const answers = createEngine({ knowledge }).ask('what did Hadad call for?').answers;
    expect(answers[0]?.story).toBe('fire');
    expect(answers[0]?.text).toContain('Dalia Haddad, called for');
    // Without it, the Arabic spelling took the word, and the English story's typo went uncorrected.
    const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, nameTypoBesideSpelling: 0 } }).ask('what did Hadad call for?');
    expect(without.answers.some((a) => a.text.includes('Haddad'))).toBe(false);
  });
});
