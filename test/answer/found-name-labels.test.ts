import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

// Three stories a newsroom added with add-story (test/eval/user-dev): their names are found, not in any
// lexicon, so each has an internal id (auto-…) that a reader must never see.
const storiesDir = join(fileURLToPath(new URL('../eval/user-dev/stories', import.meta.url)));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe("a found name's internal id stays inside", () => {
  it('glosses a word of an answer carried into a follow-up by the dictionary, not by its id', () => {
    // The dinar price answers the Arabic question; the English follow-up carries its words, found names
    // among them (دينارا was taken for a name), and the gloss had shown "دينارا = auto-dnr" twice.
    const first = engine.ask('كم سعر لتر الزيت؟', engine.newState(0), { top: 3 });
    const r = engine.ask('and how much will it cost?', first.state, { top: 3 });
    const gloss = r.answers.flatMap((a) => a.gloss ?? []);
    expect(gloss.length).toBeGreaterThan(0);
    for (const g of gloss) expect(g.gloss).not.toMatch(/auto-/);
    // A word the sentence writes twice is glossed once.
    for (const a of r.answers) expect(new Set(a.gloss?.map((g) => `${g.word}=${g.gloss}`)).size).toBe(a.gloss?.length);
  });

  it('names the people a choice offers by their names, not by their ids', () => {
    // Two women speak in the tram story: "she" could be either, so both are offered.
    const r = engine.ask('what did she say about the tram?', engine.newState(0), { top: 3 });
    expect(r.choices?.length).toBe(2);
    for (const c of r.choices ?? []) {
      expect(c.name.en).not.toMatch(/auto-/);
      expect(c.name.ar).not.toMatch(/auto-/);
    }
    expect(r.choices?.map((c) => c.name.en)).toEqual(['Brandt', 'Solheim']);
  });
});
