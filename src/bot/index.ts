/**
 * Builds the Telegram bot: middlewares, then one feature after another, all behind one error boundary.
 * This folder is the only place that imports grammY.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig, lazySession, type StorageAdapter } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine, Lang } from '../types.js';
import type { BotContext, BotDeps, SessionData } from './context.js';
import { createErrorHandler } from './errors.js';
import { answerButtonsFeature } from './features/answer-buttons.js';
import { askFeature } from './features/ask.js';
import { fallbackFeature } from './features/fallback.js';
import { inlineFeature } from './features/inline.js';
import { langFeature } from './features/lang.js';
import { resetFeature } from './features/reset.js';
import { storiesFeature } from './features/stories.js';
import { storyFeature } from './features/story.js';
import { welcomeFeature } from './features/welcome.js';
import { createI18n, type I18n, loadPrompts, type Prompts } from './i18n.js';
import { type BotMetrics, createMetrics, measureUpdates, observeBotApi } from './metrics.js';
import { ignoreNoise } from './middlewares/ignore.js';
import { type RateLimitStore, type RateLimitStores, rateLimit } from './middlewares/rate-limit.js';
import { initialSession, sessionKey } from './session.js';
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
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** The bot plus the parts start-up needs. */
export interface SanadBot {
  readonly bot: Bot<BotContext>;
  readonly i18n: I18n;
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
  const deps: BotDeps = { config, logger, engine, i18n, metrics, now: options.now ?? Date.now };
  const bot = new Bot<BotContext>(config.botToken, {
    ...options.botConfig,
    // A call that hangs is abandoned after apiTimeoutSeconds and retried by auto-retry (HttpError).
    client: { apiRoot: config.apiRoot, timeoutSeconds: config.apiTimeoutSeconds, ...options.botConfig?.client },
  });

  // Innermost, so it sees every attempt (retries included) as it goes to Telegram.
  bot.api.config.use(observeBotApi(metrics));
  // Keep within Telegram's flood limits, per chat and overall, without one chat holding up another.
  // Installed first so auto-retry (installed next, hence outermost) sends each retry through it again.
  const global = config.outboundGlobalPerSecond;
  bot.api.config.use(
    createOutboundThrottle({
      limits: { ...OUTBOUND_LIMITS, global: { perSecond: global, burst: global } },
      onFlood: (chat, seconds) => logger.warn({ chat, retryAfterSeconds: seconds }, 'Telegram flood limit (429): pausing this chat'),
    }),
  );
  // Retry 429 (after retry_after) and 5xx/network errors, but give up rather than hang an update:
  // a reply that arrives minutes late is worse than an error in the log. A retry_after above 30 s
  // fails the call at once instead of holding the chat's update that long.
  // getUpdates is left to the runner, which retries it every second: auto-retry's backoff (3 s,
  // doubling) would otherwise delay the first poll after an outage by up to 12 s.
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 });
  bot.api.config.use((prev, method, payload, signal) => (method === 'getUpdates' ? prev(method, payload, signal) : retry(prev, method, payload, signal)));

  const handleError = createErrorHandler(deps);
  bot.catch(handleError);
  bot.use(measureUpdates(metrics));
  // One chat's updates in order (its session is read-modify-write), different chats in parallel.
  bot.use(sequentialize(sessionKey));
  const root = bot.errorBoundary(handleError);
  root.use(ignoreNoise);
  root.use(lazySession({ getSessionKey: sessionKey, initial: initialSession, storage: options.storage }));
  root.use(rateLimit(deps, options.rateLimit ?? {}));

  root.use(welcomeFeature(deps));
  root.use(langFeature(deps));
  root.use(resetFeature(deps));
  root.use(storiesFeature(deps));
  root.use(storyFeature(deps));
  root.use(answerButtonsFeature(deps));
  root.use(inlineFeature(deps));
  root.use(askFeature(deps));
  root.use(fallbackFeature(deps));
  return { bot, i18n, metrics };
}
