import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { type Knowledge, loadKnowledge, SHARED_FOLDERS } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';
import type { ChatState, Engine, Lang } from '../../src/types.js';

/** A story written for a test: its paragraphs and its language. */
export interface TestStory {
  readonly lines: readonly string[];
  readonly language: 'ar' | 'en';
  /** The story's title in both languages (default: a neutral one, as its words count in ranking). */
  readonly title?: string;
}

/** The title of a test story that gives none: words no test story or question uses. */
const NEUTRAL_TITLE = 'Untitled';

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
      JSON.stringify({
        title: { ar: s.title ?? NEUTRAL_TITLE, en: s.title ?? NEUTRAL_TITLE },
        source: 'Test',
        language: s.language,
        published: '2026-01-01',
        note: 'Written for a test.',
      }),
    );
  }
  return loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: dir, handMade: false });
}

/**
 * A new knowledge folder holding the shipped shared data only (every top-level file: lexicon, stop
 * words, dialogue words, answer types…; and the shared folders: dictionary, thesaurus), no story:
 * a test copies the stories it wants beside it.
 */
export function sharedKnowledgeCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const e of readdirSync(DEFAULT_KNOWLEDGE_DIR, { withFileTypes: true }))
    if (e.isFile() || SHARED_FOLDERS.has(e.name)) cpSync(join(DEFAULT_KNOWLEDGE_DIR, e.name), join(dir, e.name), { recursive: true });
  return dir;
}

/**
 * `sharedKnowledgeCopy` whose shared lexicon (lexicon.jsonl) is the seed story's, every entry serving
 * every story: a shared lexicon written for one story, which the rules of asking another story read as
 * plain words where that story does not name its concepts (lexiconAbsent, lexiconWord, lexiconWordPinned,
 * roleWord). The shipped seed's lexicon is its own folder's, serving the seed alone.
 */
export function sharedKnowledgeWithSeedLexicon(prefix: string): string {
  const dir = sharedKnowledgeCopy(prefix);
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, 'bbc-2025-02-12-trump-putin-call', 'lexicon.jsonl'), join(dir, 'lexicon.jsonl'));
  return dir;
}

/**
 * An engine over one benchmark story (test/eval/xling/stories/<lang>/<id>) beside the shipped shared
 * data, with no hand-made data: a story as a user adds it. Its folder is removed after the test file.
 */
export function benchmarkStoryEngine(lang: Lang, id: string): Engine {
  const dir = sharedKnowledgeCopy(`sanad-${id}-`);
  cpSync(new URL(`../eval/xling/stories/${lang}/${id}`, import.meta.url), join(dir, id), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return loadEngine({ knowledgeDir: dir, load: { handMade: false } });
}

/**
 * Asks questions of one story of `knowledge` at a time, tunables overridden for a question when given:
 * the first answer's label, or 'refused'. One engine serves every question without overrides.
 */
export function firstLabelOf(knowledge: Knowledge): (question: string, story: string, options?: Partial<SearchOptions>) => string | undefined {
  const engine = createEngine({ knowledge });
  return (question, story, options = {}) => {
    const e = Object.keys(options).length === 0 ? engine : createEngine({ knowledge, options });
    const r = e.ask(question, undefined, { story });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };
}

/**
 * Asks `questions` of one story in one conversation, a page of three answers at a time as the front ends
 * show them: the first answer's text at the last turn, or '(refused)'.
 */
export function lastFirstText(engine: Engine, story: string, questions: readonly string[]): string {
  let state: ChatState | undefined;
  let first = '';
  for (const q of questions) {
    const r = engine.ask(q, state, { story, top: 3 });
    state = r.state;
    first = r.answers[0]?.text ?? '(refused)';
  }
  return first;
}
