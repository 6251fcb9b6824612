/**
 * Builds the Telegram bot: middlewares, then one feature after another, all behind one error boundary.
 * This folder is the only place that imports grammY.
 */
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig, lazySession, MemorySessionStorage, type StorageAdapter } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine, Lang } from '../types.js';
import type { BotContext, BotDeps, SessionData } from './context.js';
import { createErrorHandler, type UnfinishedReason } from './errors.js';
import { addStoryFeature, type FetchFile } from './features/addstory.js';
import { answerButtonsFeature } from './features/answer-buttons.js';
import { askFeature } from './features/ask.js';
import { fallbackFeature } from './features/fallback.js';
import { inlineFeature } from './features/inline.js';
import { langFeature } from './features/lang.js';
import { privacyFeature } from './features/privacy.js';
import { removeStoryFeature } from './features/removestory.js';
import { resetFeature } from './features/reset.js';
import { storiesFeature } from './features/stories.js';
import { storyFeature } from './features/story.js';
import { welcomeFeature } from './features/welcome.js';
import { createGroupAdmins } from './group-admins.js';
import { createI18n, type I18n, loadPrompts, type Prompts } from './i18n.js';
import { type BotMetrics, createMetrics, measureUpdates, observeBotApi } from './metrics.js';
import { ignoreNoise } from './middlewares/ignore.js';
import { type RateLimitStore, type RateLimitStores, rateLimit } from './middlewares/rate-limit.js';
import { createNumerals } from './numerals.js';
import { createRetry, RETRY_DEFAULTS, type RetryReason } from './retry.js';
import { initialSession, sessionKey } from './session.js';
import { validatedSessions } from './session-schema.js';
import { createStoryLibrary, type StoryLibrary } from './story-library.js';
import { memoryStoryStore } from './story-store.js';
import { createOutboundThrottle, OUTBOUND_LIMITS } from './throttle.js';

/** What the bot needs from the rest of the app. */
export interface BotDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly engine: Engine;
  /** Where counters go (served at /metrics); default: a fresh registry. */
  readonly metrics?: BotMetrics;
}

/** Optional overrides, mostly for tests. */
export interface BotOptions {
  /** Passed to grammY; tests set `botInfo` so no getMe call is needed. */
  readonly botConfig?: BotConfig<BotContext>;
  /** The bot's words; default: prompts/en.json and prompts/ar.json. */
  readonly prompts?: Readonly<Record<Lang, Prompts>>;
  /** Where sessions live; default: memory (runBot passes the configured storage). */
  readonly storage?: StorageAdapter<SessionData>;
  /** Where the rate limits count (one store: the per-user limit); default: this process's memory. */
  readonly rateLimit?: RateLimitStore | RateLimitStores;
  /** Stories added and removed from Telegram; default: kept in this process's memory only. */
  readonly library?: StoryLibrary;
  /** Downloads a file Telegram stores (an operator's .txt); default: the Bot API's file endpoint. */
  readonly fetchFile?: FetchFile;
  /** Clock, for tests. */
  readonly now?: () => number;
  /** Aborted when a stop runs out of time: messages still waiting for their turn are not sent. */
  readonly stopSending?: AbortSignal;
  /** Told of an update that failed in a way a later attempt can fix (see UnfinishedReason). */
  readonly onUnfinished?: (updateId: number, reason: UnfinishedReason) => void;
}

/** Counters the bot keeps (for metrics). */
export interface BotStats {
  /** Bot API calls retried, by reason. */
  readonly retries: Readonly<Record<RetryReason, number>>;
}

/** The bot plus the parts start-up needs. */
export interface SanadBot {
  readonly bot: Bot<BotContext>;
  readonly i18n: I18n;
  readonly stats: BotStats;
  readonly metrics: BotMetrics;
}

/**
 * Creates the bot without contacting Telegram (no API calls until `bot.init()` or the first update).
 *
 * @example
 * const { bot } = createBot({ config, logger, engine }, { botConfig: { botInfo } });
 * await bot.handleUpdate(update);
 */
export function createBot({ config, logger, engine, metrics = createMetrics() }: BotDependencies, options: BotOptions = {}): SanadBot {
  const i18n = createI18n(options.prompts ?? loadPrompts());
  const now = options.now ?? Date.now;
  const deps: BotDeps = {
    config,
    logger,
    engine,
    i18n,
    metrics,
    library: options.library ?? createStoryLibrary({ engine, store: memoryStoryStore(now), logger, now }),
    admins: createGroupAdmins(logger, now),
    numerals: createNumerals(engine),
    now,
  };
  const bot = new Bot<BotContext>(config.botToken, {
    ...options.botConfig,
    // A call that hangs is abandoned after apiTimeoutSeconds and retried a bounded number of times (src/bot/retry.ts).
    client: { apiRoot: config.apiRoot, timeoutSeconds: config.apiTimeoutSeconds, ...options.botConfig?.client },
  });

  // Innermost, so it sees every attempt (retries included) as it goes to Telegram.
  bot.api.config.use(observeBotApi(metrics));
  // Keep within Telegram's flood limits, per chat and overall, without one chat holding up another.
  // Installed first so the retries (installed next, hence outer) queue again behind the limits.
  const global = config.outboundGlobalPerSecond;
  bot.api.config.use(
    createOutboundThrottle({
      limits: {
        perChat: { perSecond: config.outboundChatPerSecond, burst: Math.max(OUTBOUND_LIMITS.perChat.burst, config.outboundChatPerSecond) },
        perGroup: { ...OUTBOUND_LIMITS.perGroup, count: config.outboundGroupPerMinute },
        global: { perSecond: global, burst: global },
      },
      onFlood: (chat, seconds) => logger.warn({ chat, retryAfterSeconds: seconds }, 'Telegram flood limit (429): pausing this chat'),
      stop: options.stopSending,
    }),
  );
  // Retry 429 (after retry_after), 5xx and network errors a bounded number of times, each wait
  // logged: a reply that arrives minutes late is worse than one answered again after a restart
  // (the update stays in the journal). A retry_after above 30 s fails the call at once.
  // getUpdates is left to the poller, which retries it every second: a doubling back-off would
  // otherwise delay the first poll after an outage by up to 14 s.
  const retries: Record<RetryReason, number> = { network: 0, flood: 0, server: 0 };
  bot.api.config.use(
    createRetry({
      ...RETRY_DEFAULTS,
      networkRetries: config.networkRetries,
      logger,
      skip: ['getUpdates'],
      onRetry: (_method, reason) => void retries[reason]++,
    }),
  );

  const handleError = createErrorHandler(deps, options.onUnfinished);
  bot.catch(handleError);
  bot.use(measureUpdates(metrics));
  // One chat's updates in order (its session is read-modify-write), different chats in parallel.
  bot.use(sequentialize(sessionKey));
  const root = bot.errorBoundary(handleError);
  root.use(ignoreNoise);
  // A stored session of the wrong shape (an older version, a hand-edited file) is migrated or
  // replaced on read, so it can never make a chat's every update fail (/reset included).
  const storage = validatedSessions(options.storage ?? new MemorySessionStorage<SessionData>(), logger);
  root.use(lazySession({ getSessionKey: sessionKey, initial: initialSession, storage }));
  root.use(rateLimit(deps, options.rateLimit ?? {}));

  // Before everything that reads text: an operator's pasted article is not a question.
  root.use(addStoryFeature(deps, { fetchFile: options.fetchFile }));
  root.use(welcomeFeature(deps));
  root.use(privacyFeature(deps));
  root.use(langFeature(deps));
  root.use(resetFeature(deps));
  root.use(removeStoryFeature(deps));
  root.use(storiesFeature(deps));
  root.use(storyFeature(deps));
  root.use(answerButtonsFeature(deps));
  root.use(inlineFeature(deps));
  root.use(askFeature(deps));
  root.use(fallbackFeature(deps));
  return { bot, i18n, stats: { retries }, metrics };
}
