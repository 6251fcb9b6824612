import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { sharedKnowledgeWithSeedLexicon } from '../support/stories.js';

// A newsroom's own story, beside a shared lexicon written for another story (the seed's, on the war in
// Ukraine, where "taken" was territory taken; the seed's own lexicon now serves the seed alone): a fire
// at a port.
const FIRE = [
  'Fire chief Margaret Okonkwo said the crews brought the fire under control by 11 a.m.',
  "Two workers were taken to St. Brendan's Hospital with smoke inhalation.",
  'Both were released the same evening.',
  'The operator, Norlake Grain Ltd, denied ignoring the warnings.',
  'A spokesman said the ventilation system had been inspected in June and passed.',
];

const dir = mkdtempSync(join(tmpdir(), 'sanad-shared-lexicon-'));
const shared = sharedKnowledgeWithSeedLexicon('sanad-shared-lexicon-data-');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(shared, { recursive: true, force: true });
});
mkdirSync(join(dir, 'fire'));
writeFileSync(join(dir, 'fire', 'story.txt'), `${FIRE.join('\n')}\n`);
writeFileSync(
  join(dir, 'fire', 'story.json'),
  JSON.stringify({ title: { en: 'Port fire', ar: 'Port fire' }, source: 'Test', language: 'en', published: '2026-01-01', note: 'Written for a test.' }),
);

describe('the shared lexicon does not read "take" as taking control', () => {
  const engine = createEngine({ knowledge: loadKnowledge(shared, { storiesDir: dir }) });

  it('so "taken to hospital" finds the hospital, not the fire "under control"', () => {
    // With take, took and taken among the forms of the concept "control", the question's "taken" was
    // that concept, and the sentence saying "under control" answered first.
    const r = engine.ask('how many were taken to hospital?');
    expect(r.answers[0]?.text).toContain('taken to St. Brendan');
    expect(r.answers.some((a) => a.text.includes('under control'))).toBe(false);
  });
});

describe("a role of the shared lexicon's person does not bring their organisation into a story that never names them", () => {
  const engine = createEngine({ knowledge: loadKnowledge(shared, { storiesDir: dir }) });

  it('so the company\'s "spokesman" is not the Kremlin\'s', () => {
    // "spokesman" is a role of Peskov, the Kremlin's spokesman in the shipped story: the sentence was
    // posted as about the Kremlin (and Russia), and "what did the Kremlin say?" quoted the fire's company.
    const r = engine.ask('What did the Kremlin say?');
    expect(r.abstained).toBe(true);
    expect(engine.ask('What did Russia say?').abstained).toBe(true);
  });

  it('while a question asking what "the spokesman" said finds the company\'s spokesman by the word', () => {
    // The question's "spokesman" is the lexicon's Peskov, whom this story never names: by the concept
    // alone the sentence was not found. The word itself now stands beside the concept.
    expect(engine.ask('What did the spokesman say?').answers[0]?.text).toContain('A spokesman said the ventilation system');
    const knowledge = loadKnowledge(shared, { storiesDir: dir });
    const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, roleWord: 0 } }).ask('What did the spokesman say?');
    expect(without.answers[0]?.text ?? '').not.toContain('A spokesman said');
  });
});
