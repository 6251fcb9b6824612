/**
 * An operator's knowledge folder (KNOWLEDGE_DIR) takes each shared data file it lacks from the shipped
 * knowledge/ folder (loadEngine's sharedFrom), and a dialogue.json kept from an older version takes the
 * keys it lacks from the shipped one: a folder of stories alone answers as the shipped one does, and an
 * upgrade's data reaches an older copy. Before, a folder of stories alone failed start-up on a missing
 * lexicon.jsonl, and an older dialogue.json failed it on every key a later version added.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { sharedKnowledgeCopy } from '../support/stories.js';

const SEED = 'bbc-2025-02-12-trump-putin-call';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('an operator knowledge folder', () => {
  it('of stories alone answers with the shipped shared data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-stories-only-'));
    dirs.push(dir);
    cpSync(join(DEFAULT_KNOWLEDGE_DIR, SEED), join(dir, SEED), { recursive: true });
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    const engine = loadEngine({ knowledgeDir: dir });
    expect(engine.startupProblems ?? []).toEqual([]);
    const r = engine.ask('what did Peskov say about Kursk?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.ref).toMatch(/^23/);
  });

  it('with an older dialogue.json takes the keys it lacks from the shipped one', () => {
    const dir = sharedKnowledgeCopy('sanad-old-dialogue-');
    dirs.push(dir);
    cpSync(join(DEFAULT_KNOWLEDGE_DIR, SEED), join(dir, SEED), { recursive: true });
    const dialogue = JSON.parse(readFileSync(join(dir, 'dialogue.json'), 'utf8')) as Record<string, unknown>;
    delete dialogue.gistQuestions;
    delete dialogue.politeWords;
    writeFileSync(join(dir, 'dialogue.json'), JSON.stringify(dialogue));
    expect(() => loadKnowledge(dir)).toThrow(/gistQuestions/);
    const engine = loadEngine({ knowledgeDir: dir });
    const r = engine.ask('what is this story about?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.ref).toBe('1');
  });
});
