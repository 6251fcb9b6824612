/**
 * What the bot needs from the engine to add and remove stories at run time. The engine side
 * (`addStory`, `removeStory`, `detectLanguage`, and the `StoryDraft` / `StoryReport` shapes) lives in
 * src/types.ts and src/engine.ts; until it lands there, this file states the same contract.
 */
import type { Engine, Lang, StoryInfo } from '../types.js';

/** What a user supplies to add a story. Plain JSON: it is also what is stored and announced to other instances. */
export interface StoryDraft {
  /** The article, paragraphs separated by newlines. */
  readonly text: string;
  /** Folder-style id; derived from title/date when absent. */
  readonly id?: string;
  /** One title; used for both languages when only one is given. */
  readonly title?: string;
  /** Detected from the text when absent. */
  readonly language?: Lang;
  readonly source?: string;
  readonly url?: string;
  /** ISO date; today when absent. */
  readonly published?: string;
}

/** What adding found, for the operator's report. */
export interface StoryReport {
  readonly info: StoryInfo;
  /** People, places and organisations found. */
  readonly names: readonly string[];
  readonly numbers: readonly string[];
  readonly dates: readonly string[];
  /** Content words the dictionary and transliteration could not bridge. */
  readonly unbridged: readonly string[];
  /** Engine time to add it, in ms. */
  readonly ms: number;
}

/** An engine that can also add and remove stories while it runs. */
export interface EditableEngine extends Engine {
  /**
   * Validates, analyses and indexes a story; answerable at once.
   * @throws an error with a user-facing `problem` for an empty, too long or binary text, or a duplicate id
   */
  addStory(draft: StoryDraft): StoryReport;
  /** Removes a story; false when there is none. */
  removeStory(id: string): boolean;
  /** Detects the language of a text. */
  detectLanguage(text: string): Lang;
}

/** Whether this engine can add and remove stories (the engine of this checkout may not yet). */
export function isEditable(engine: Engine): engine is EditableEngine {
  const e = engine as Partial<EditableEngine>;
  return typeof e.addStory === 'function' && typeof e.removeStory === 'function' && typeof e.detectLanguage === 'function';
}

/** The user-facing sentence of an error thrown by `addStory` (StoryDraftError's `problem`), if it has one. */
export function draftProblem(error: unknown): string | undefined {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return typeof problem === 'string' && problem !== '' ? problem : undefined;
}
