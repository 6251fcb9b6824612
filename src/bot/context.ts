/**
 * The context type every middleware sees, and what a chat's session holds.
 */
import type { Context, LazySessionFlavor } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ChatState, Engine, Lang } from '../types.js';
import type { GroupAdmins } from './group-admins.js';
import type { I18n, Numerals } from './i18n.js';
import type { BotMetrics } from './metrics.js';
import type { StoryLibrary } from './story-library.js';

/** A sentence cited in an answer message, for its "Context" button. */
export interface Cite {
  readonly story: string;
  readonly ref: string;
}

/** One answer message the bot sent, so its buttons can find what they refer to. */
export interface Turn {
  /** Increases by one per answer message in the chat; buttons carry it. */
  readonly id: number;
  /** The question as asked (for "Share"). */
  readonly question: string;
  /** The sentences shown, in order; "Context" buttons carry an index into this list. */
  readonly cites: readonly Cite[];
  /** The messages this answer was sent as, so a reply to any of them continues from this answer. */
  readonly messages?: readonly number[];
  /**
   * The conversation as it stood after this answer (without its ranked results): a reply to this
   * answer in a group continues from here, not from whatever was asked last; choice buttons pick here.
   */
  readonly state?: ChatState;
}

/** Links a question message to the bot's answer, so editing the question edits the answer. */
export interface ReplyLink {
  readonly question: number;
  readonly answer: number;
}

/** What the bot remembers per chat (persisted; see session.ts for the bounds). */
export interface SessionData {
  /** The shape's version (SESSION_VERSION in session.ts); absent in sessions of version 1. */
  v?: number;
  /** The engine's conversation state, passed back with every question. */
  state?: ChatState;
  /** Story pinned with /stories: follow-ups, /story and /source stay on it until unpinned. */
  pinned?: string;
  /** UI language chosen with /lang. */
  lang?: Lang;
  /** Id of the latest turn (0 before the first answer). */
  turn: number;
  /** The most recent turns, oldest first. */
  turns: Turn[];
  /** The most recent question → answer links, oldest first. */
  replies: ReplyLink[];
}

/** The bot's context: grammY's, plus a lazily loaded session. */
export type BotContext = Context & LazySessionFlavor<SessionData>;

/** What features need, passed to each feature's factory. */
export interface BotDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly engine: Engine;
  readonly i18n: I18n;
  /** Stories added and removed from Telegram, in step across instances. */
  readonly library: StoryLibrary;
  /** Who may change a group's settings. */
  readonly admins: GroupAdmins;
  /** The digits Arabic replies about a story use (the story's own). */
  readonly numerals: (storyId: string | undefined) => Numerals;
  /** Counters served at /metrics. */
  readonly metrics?: BotMetrics;
  /** Clock, for tests. */
  readonly now: () => number;
}
