import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/load.js';

/** A story written for a test: its paragraphs and its language. */
export interface TestStory {
  readonly lines: readonly string[];
  readonly language: 'ar' | 'en';
}

/**
 * The shipped shared data (dictionary, thesaurus, stop words) with stories written for a test, added as
 * a user adds them: `story.txt` and `story.json` in a temporary folder, no lexicon, no rendering.
 */
export function knowledgeWith(stories: Readonly<Record<string, TestStory>>): Knowledge {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-stories-'));
  for (const [id, s] of Object.entries(stories)) {
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, 'story.txt'), `${s.lines.join('\n')}\n`);
    writeFileSync(
      join(dir, id, 'story.json'),
      JSON.stringify({ title: { ar: id, en: id }, source: 'Test', language: s.language, published: '2026-01-01', note: 'Written for a test.' }),
    );
  }
  return loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: dir, handMade: false });
}
