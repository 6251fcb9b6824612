/**
 * The stories operators add and remove from Telegram, kept in step across restarts and instances:
 * a change is made in this instance's engine, saved in the story store, and announced; the other
 * instances hear the announcement and make the same change in theirs. An instance that starts later
 * (or whose link to the others was down) replays the store.
 */
import type { Logger } from '../logger.js';
import type { Engine, Lang, StoryDraft, StoryReport } from '../types.js';
import type { PendingStore, StoredDraft, StoryRecord, StoryStore } from './story-store.js';

/** Attempts, a second apart, at comparing the stories with the store after a lost link. */
const CATCH_UP_ATTEMPTS = 10;
const CATCH_UP_RETRY_MS = 1_000;

/** Adding or removing failed; `problem` is a sentence for the operator. */
export class StoryChangeError extends Error {
  override readonly name = 'StoryChangeError';
  constructor(
    readonly problem: string,
    /** Why: the draft itself (fix it and try again) or the store (try again later). */
    readonly reason: 'draft' | 'store',
    options?: ErrorOptions,
  ) {
    super(problem, options);
  }
}

/** What start-up did with the stored stories. */
export interface LibraryStart {
  readonly added: number;
  readonly removed: number;
  readonly failed: number;
}

/** Adds and removes stories on every instance. */
export interface StoryLibrary {
  /** Replays the stored changes into the engine, then follows other instances' changes. */
  start(): Promise<LibraryStart>;
  /**
   * Adds a story here, saves it, and announces it.
   * @throws StoryChangeError with a sentence for the operator (a bad draft, or the store unreachable)
   */
  add(draft: StoryDraft, by: number): Promise<StoryReport>;
  /**
   * Removes a story here, saves the removal, and announces it; false when no such story is loaded.
   * @throws StoryChangeError when the store is unreachable (nothing is removed then)
   */
  remove(id: string, by: number): Promise<boolean>;
  /** The language of an article (the engine's detection). */
  detectLanguage(text: string): Lang;
  /** Operators' stories in progress. */
  readonly pending: PendingStore;
  close(): Promise<void>;
}

/** Options for `createStoryLibrary`. */
export interface StoryLibraryDeps {
  readonly engine: Engine;
  readonly store: StoryStore;
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * Creates the library over an engine and a store.
 *
 * @example
 * const library = createStoryLibrary({ engine, store: createStoryStore(config, logger), logger });
 * await library.start(); // stories added earlier, here or on another instance, are answerable again
 */
export function createStoryLibrary({ engine, store, logger, now = Date.now }: StoryLibraryDeps): StoryLibrary {
  /** Brings the engine in line with one record; true when it changed something. */
  const apply = (record: StoryRecord): boolean => {
    if (record.kind === 'removed') {
      const removed = engine.story(record.id) !== undefined && engine.removeStory(record.id);
      if (removed) logger.info({ story: record.id, by: record.by }, 'story removed (stored change)');
      return removed;
    }
    if (engine.story(record.id) !== undefined) return false;
    try {
      const report = engine.addStory(record.draft);
      logger.info({ story: record.id, by: record.by, sentences: report.info.sentences, ms: round(report.ms) }, 'story added (stored change)');
      return true;
    } catch (error) {
      logger.error({ err: error, story: record.id, problem: draftProblem(error) }, 'a stored story could not be added; it stays out of this instance');
      throw error;
    }
  };

  const replay = async (): Promise<LibraryStart> => {
    let added = 0;
    let removed = 0;
    let failed = 0;
    for (const record of await store.list()) {
      try {
        if (apply(record)) record.kind === 'added' ? added++ : removed++;
      } catch {
        failed++;
      }
    }
    return { added, removed, failed };
  };

  /** After a lost link: compare everything, retrying while the store is still coming back. */
  const catchUp = async (attempt = 1): Promise<void> => {
    try {
      logger.info(await replay(), 'stories compared with the store after a lost link');
    } catch (error) {
      if (attempt >= CATCH_UP_ATTEMPTS)
        return void logger.error({ err: error }, 'could not compare the stories with the store; giving up until the link drops again');
      setTimeout(() => void catchUp(attempt + 1), CATCH_UP_RETRY_MS).unref();
    }
  };

  return {
    pending: store.pending,
    detectLanguage: (text) => engine.detectLanguage(text),
    async start() {
      if (!(await store.ready())) logger.error('story store not reachable at start-up: stories added from Telegram are missing until it is back');
      let result: LibraryStart = { added: 0, removed: 0, failed: 0 };
      try {
        result = await replay();
      } catch (error) {
        logger.error({ err: error }, 'could not read the stored stories');
      }
      await store.watch(
        (id) =>
          void store.get(id).then(
            (record) => {
              if (record === undefined) return;
              try {
                apply(record);
              } catch {
                // logged by apply
              }
            },
            (error: unknown) => logger.error({ err: error, story: id }, 'could not read a story another instance changed'),
          ),
        () => void catchUp(),
      );
      return result;
    },
    async add(draft, by) {
      let report: StoryReport;
      try {
        report = engine.addStory(draft);
      } catch (error) {
        const problem = draftProblem(error);
        if (problem !== undefined) throw new StoryChangeError(problem, 'draft', { cause: error });
        throw error;
      }
      const { info } = report;
      // Settle what the engine derived, so every instance builds exactly this story.
      const stored: StoredDraft = { ...draft, id: info.id, language: info.language, published: info.published };
      try {
        await store.put({ kind: 'added', id: info.id, draft: stored, at: now(), by });
      } catch (error) {
        // Not saved means other instances, and this one after a restart, would not have it: undo.
        engine.removeStory(info.id);
        logger.error({ err: error, story: info.id }, 'could not save an added story; undone');
        throw new StoryChangeError('The story could not be saved (the store is unreachable), so it was not added. Please try again in a minute.', 'store', {
          cause: error,
        });
      }
      logger.info({ story: info.id, by, sentences: info.sentences, ms: round(report.ms) }, 'story added');
      return report;
    },
    async remove(id, by) {
      if (engine.story(id) === undefined) return false;
      try {
        await store.put({ kind: 'removed', id, at: now(), by });
      } catch (error) {
        logger.error({ err: error, story: id }, 'could not save a story removal; nothing removed');
        throw new StoryChangeError(
          'The removal could not be saved (the store is unreachable), so the story is still there. Please try again in a minute.',
          'store',
          {
            cause: error,
          },
        );
      }
      const removed = engine.removeStory(id);
      logger.info({ story: id, by }, 'story removed');
      return removed;
    },
    close: () => store.close(),
  };
}

/** The user-facing sentence of an error thrown by `addStory` (StoryDraftError's `problem`), if it has one. */
function draftProblem(error: unknown): string | undefined {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return typeof problem === 'string' && problem !== '' ? problem : undefined;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
