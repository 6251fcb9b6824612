/**
 * Rate limits on the work users can ask for, so one user (or one busy group) cannot slow everyone
 * else down: questions and button presses per user, the same per group (all members together), and
 * inline queries per user. Over a limit, the user gets one polite notice per window, then silence
 * until it passes; an inline query over the limit gets an empty list without touching the engine.
 */
import type { NextFunction } from 'grammy';
import { readAddressed } from '../addressing.js';
import type { BotContext, BotDeps } from '../context.js';
import { uiLang } from '../i18n.js';
import { sendPages } from '../reply.js';

/** The window the limit counts over. */
export const RATE_WINDOW_MS = 60_000;
/** Users tracked before the table is pruned, so memory stays bounded under a flood of new users. */
const PRUNE_AT = 10_000;
/**
 * Least time between two prunes. A prune walks the whole table, so while more than PRUNE_AT users
 * are active at once, pruning on every hit would make each hit cost as much as the table.
 */
const PRUNE_EVERY_MS = 1_000;

/** What to do with a counted update: handle it, refuse it with the window's one notice, or refuse it silently. */
export type RateVerdict = 'allow' | 'notice' | 'silent';

/** Where the counts live: this process (one instance) or Redis (shared by several; see redis.ts). */
export interface RateLimitStore {
  /** Counts one hit by `user` at `now` (ms) and says what to do with it. */
  hit(user: number, now: number): Promise<RateVerdict>;
}

/** One user's recent activity. */
interface Usage {
  /** Times of recent counted updates, oldest first. */
  times: number[];
  /** Whether this window's notice was already sent. */
  noticed: boolean;
}

/** Counts in this process's memory: right for one instance. */
export function memoryRateLimitStore(limit: number, windowMs = RATE_WINDOW_MS): RateLimitStore & { readonly size: number } {
  const users = new Map<number, Usage>();
  let lastPrune = Number.NEGATIVE_INFINITY;
  return {
    /** Users tracked now (for tests). */
    get size() {
      return users.size;
    },
    async hit(user, now) {
      if (users.size > PRUNE_AT && now - lastPrune >= PRUNE_EVERY_MS) {
        lastPrune = now;
        for (const [id, usage] of users) if ((usage.times.at(-1) ?? 0) <= now - windowMs) users.delete(id);
      }
      const usage = users.get(user) ?? { times: [], noticed: false };
      usage.times = usage.times.filter((t) => t > now - windowMs);
      if (usage.times.length === 0) usage.noticed = false;
      users.set(user, usage);
      if (usage.times.length < limit) {
        usage.times.push(now);
        return 'allow';
      }
      if (usage.noticed) return 'silent';
      usage.noticed = true;
      return 'notice';
    },
  };
}

/** Where each limit counts; every one defaults to this process's memory with the configured limit. */
export interface RateLimitStores {
  /** Questions and presses per user. */
  readonly user?: RateLimitStore;
  /** Questions and presses per group chat (keyed by the negative chat id). */
  readonly chat?: RateLimitStore;
  /** Inline queries per user. */
  readonly inline?: RateLimitStore;
}

/** Seconds Telegram may cache the empty answer to a rate-limited inline query (for this user only). */
const INLINE_LIMITED_CACHE_SECONDS = 5;

/**
 * Creates the middleware. Counts private messages, addressed group messages and button presses per
 * user and per group, and inline queries per user on their own (Telegram sends one per typing
 * pause, so their limit is higher).
 *
 * @param stores where counts live; default: memory, with the configured limits per minute
 */
export function rateLimit(deps: BotDeps, stores: RateLimitStores | RateLimitStore = {}): (ctx: BotContext, next: NextFunction) => Promise<void> {
  const given: RateLimitStores = 'hit' in stores ? { user: stores } : stores;
  const store = given.user ?? memoryRateLimitStore(deps.config.rateLimitPerMinute);
  const chatStore = given.chat ?? memoryRateLimitStore(deps.config.chatRateLimitPerMinute);
  const inlineStore = given.inline ?? memoryRateLimitStore(deps.config.inlineRateLimitPerMinute);
  const limit = deps.config.rateLimitPerMinute;

  const counts = (ctx: BotContext): boolean => {
    if (ctx.callbackQuery !== undefined) return true;
    const message = ctx.message ?? ctx.editedMessage;
    if (message === undefined) return false;
    return message.chat.type === 'private' || readAddressed(message, ctx.me).kind !== 'none';
  };

  return async (ctx, next) => {
    const user = ctx.from?.id;
    if (ctx.inlineQuery !== undefined && user !== undefined) {
      if ((await inlineStore.hit(user, deps.now())) === 'allow') return next();
      deps.logger.info({ user, limit: deps.config.inlineRateLimitPerMinute }, 'inline queries rate limited');
      return void (await ctx.answerInlineQuery([], { cache_time: INLINE_LIMITED_CACHE_SECONDS, is_personal: true }));
    }
    if (user === undefined || !counts(ctx)) return next();
    // Operators paste an article over many messages (Telegram splits long text); they are trusted
    // (ADMIN_USER_IDS), so their private chat with the bot is not limited.
    if (ctx.chat?.type === 'private' && deps.config.adminUserIds.includes(user)) return next();
    let verdict = await store.hit(user, deps.now());
    // The group's own budget is only spent on what the user's budget let through.
    const chat = ctx.chat;
    if (verdict === 'allow' && chat !== undefined && chat.type !== 'private') {
      verdict = await chatStore.hit(chat.id, deps.now());
      if (verdict !== 'allow') deps.logger.info({ chat: chat.id, limit: deps.config.chatRateLimitPerMinute }, 'group rate limited');
    }
    if (verdict === 'allow') return next();

    deps.logger.info({ user, limit }, 'rate limited');
    const session = ctx.chat === undefined ? undefined : await ctx.session;
    const lang = uiLang(session?.lang, ctx.from);
    if (ctx.callbackQuery !== undefined) return void (await ctx.answerCallbackQuery({ text: deps.i18n.t(lang, 'rateLimited') }));
    if (verdict === 'silent') return;
    await sendPages(ctx, [deps.i18n.html(lang, 'rateLimited')]);
  };
}
