/**
 * The bot's configuration: read once from the environment (and `.env`), validated, frozen.
 * Every problem is reported at start-up in one error that says how to fix it.
 */
import { config as loadDotenv } from 'dotenv';

/** Log levels pino understands, most to least severe, plus `silent`. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A pino log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated configuration of the Telegram bot. */
export interface Config {
  /** The bot token from @BotFather. Secret: never log it (see `redactToken`). */
  readonly botToken: string;
  /** Base URL of the Bot API server, e.g. a local telegram-bot-api or a test server. */
  readonly apiRoot: string;
  /** Public HTTPS URL Telegram posts updates to; undefined means long polling. */
  readonly webhookUrl?: string;
  /** Secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token; required with a webhook. */
  readonly webhookSecret?: string;
  /** Port the webhook HTTP server listens on (it serves /healthz, /readyz and /metrics too). */
  readonly port: number;
  /** Port for /healthz, /readyz and /metrics in polling mode; undefined serves none. Webhook mode uses `port`. */
  readonly healthPort?: number;
  /** Folder for persistent data (sessions). */
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /**
   * Where chat sessions and the per-user rate limit live: files under dataDir (one instance; survive
   * restarts), Redis (several instances share users), or memory (tests).
   */
  readonly sessionStore: 'file' | 'memory' | 'redis';
  /** Redis server for SESSION_STORE=redis, e.g. redis://127.0.0.1:6379/0. Secret if it holds a password. */
  readonly redisUrl?: string;
  /** Prefix of every Redis key the bot writes, so several bots (or test runs) can share one server. */
  readonly redisPrefix: string;
  /**
   * Messages per second the bot sends across all chats (Telegram's broadcast limit is about 30);
   * 0 turns the global limit off (benchmarks against a local stub). Per-chat limits always apply.
   */
  readonly outboundGlobalPerSecond: number;
  /** Sessions untouched for longer than this are forgotten. */
  readonly sessionTtlHours: number;
  /** Questions and button presses one user may send per minute before a polite notice. */
  readonly rateLimitPerMinute: number;
  /**
   * Questions and button presses one group may send per minute, all its members together. Telegram
   * lets a bot post about 20 messages a minute in a group, so more questions than that would only
   * queue up answers that arrive minutes late.
   */
  readonly chatRateLimitPerMinute: number;
  /** Inline queries one user may send per minute (Telegram sends one per keystroke pause). */
  readonly inlineRateLimitPerMinute: number;
  /**
   * Seconds any Bot API call may take before it is abandoned (and retried). Long polling asks for
   * half of this (at most 30 s), so a healthy poll always answers in time.
   */
  readonly apiTimeoutSeconds: number;
  /** Answers per message (and per "More" page). */
  readonly answersPerPage: number;
  /**
   * Retries of a Bot API call after a network error, backing off from 2 s (2, 4, 8 s…). After the
   * last, the update stays in the journal and is handled again later, so giving up loses nothing.
   */
  readonly networkRetries: number;
  /**
   * Seconds a stop (SIGTERM, SIGINT) lets the updates in hand finish. Whatever is still waiting
   * then (e.g. behind a chat's pacing) stays in the journal and is answered after the restart.
   */
  readonly stopTimeoutSeconds: number;
  /** Messages per second to one chat (Telegram: about 1). Raise only against a local Bot API (tests). */
  readonly outboundChatPerSecond: number;
  /** Messages per minute to one group (Telegram: 20). Raise only against a local Bot API (tests). */
  readonly outboundGroupPerMinute: number;
  /**
   * Telegram user ids of the operators: the people who may add and remove stories from Telegram
   * (/addstory, the remove buttons of /stories). Empty: nobody can, and the commands stay hidden.
   */
  readonly adminUserIds: readonly number[];
}

/** Thrown by `loadConfig` when the environment is missing or malformed; the message lists every problem. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** One line per problem. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration (see .env.example):\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

/** Telegram tokens look like "123456789:AA…" (bot id, colon, 35 url-safe characters). */
const TOKEN_PATTERN = /^\d{1,20}:[A-Za-z0-9_-]{30,100}$/;
/** Telegram's rule for `secret_token` in setWebhook. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

const HOW_TO_GET_A_TOKEN =
  'open Telegram, talk to @BotFather, send /newbot (or /token for an existing bot) and put the token it gives you in .env as BOT_TOKEN=...';

/**
 * Reads and validates the configuration.
 *
 * Loads `.env` from the working directory first (without overriding variables already set),
 * unless `env` is passed explicitly, as tests do.
 *
 * @example
 * const config = loadConfig(); // throws ConfigError with every problem listed
 * @param env the variables to read; defaults to `process.env` after loading `.env`
 * @throws ConfigError when a value is missing or malformed
 */
export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (env === undefined) {
    loadDotenv({ quiet: true });
    env = process.env;
  }
  const problems: string[] = [];
  const get = (key: string): string | undefined => {
    const value = env[key]?.trim();
    return value === '' ? undefined : value;
  };

  const botToken = get('BOT_TOKEN') ?? '';
  if (botToken === '') problems.push(`BOT_TOKEN is missing: ${HOW_TO_GET_A_TOKEN}`);
  // Never echo the value: a malformed token is often a real token with a stray character.
  else if (!TOKEN_PATTERN.test(botToken))
    problems.push(`BOT_TOKEN is malformed (expected digits, a colon, then 30+ letters, digits, "_" or "-"): ${HOW_TO_GET_A_TOKEN}`);

  const apiRoot = (get('TELEGRAM_API_ROOT') ?? 'https://api.telegram.org').replace(/\/+$/, '');
  if (!isUrl(apiRoot, ['http:', 'https:'])) problems.push(`TELEGRAM_API_ROOT must be an http(s) URL such as https://api.telegram.org, got "${apiRoot}"`);

  const webhookUrl = get('WEBHOOK_URL');
  const webhookSecret = get('WEBHOOK_SECRET');
  if (webhookUrl !== undefined) {
    if (!isUrl(webhookUrl, ['https:'])) problems.push(`WEBHOOK_URL must be a public https:// URL (Telegram only posts to HTTPS), got "${webhookUrl}"`);
    if (webhookSecret === undefined) problems.push('WEBHOOK_SECRET is required when WEBHOOK_URL is set: choose 32+ random characters from A-Z a-z 0-9 _ -');
  }
  if (webhookSecret !== undefined && !SECRET_PATTERN.test(webhookSecret))
    problems.push('WEBHOOK_SECRET may only contain A-Z a-z 0-9 _ - (1 to 256 characters)');

  const port = integer(get('PORT'), 8080, 'PORT', 1, 65535, problems);
  const healthPortRaw = get('HEALTH_PORT');
  const healthPort = healthPortRaw === undefined ? undefined : integer(healthPortRaw, 0, 'HEALTH_PORT', 1, 65535, problems);

  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);

  const sessionStore = (get('SESSION_STORE') ?? 'file').toLowerCase();
  if (sessionStore !== 'file' && sessionStore !== 'memory' && sessionStore !== 'redis')
    problems.push(`SESSION_STORE must be "file", "memory" or "redis", got "${sessionStore}"`);
  const redisUrl = get('REDIS_URL');
  if (sessionStore === 'redis' && redisUrl === undefined)
    problems.push('REDIS_URL is required when SESSION_STORE=redis, e.g. REDIS_URL=redis://127.0.0.1:6379/0 (or rediss:// for TLS)');
  // Never echo the value: it may carry a password.
  if (redisUrl !== undefined && !isUrl(redisUrl, ['redis:', 'rediss:']))
    problems.push('REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0');
  const redisPrefix = get('REDIS_PREFIX') ?? 'sanad:';
  if (!/^[A-Za-z0-9_:.-]{1,64}$/.test(redisPrefix))
    problems.push(`REDIS_PREFIX may only contain A-Z a-z 0-9 _ : . - (1 to 64 characters), got "${redisPrefix}"`);

  const adminUserIds = userIds(get('ADMIN_USER_IDS'), problems);

  const config: Config = {
    botToken,
    apiRoot,
    webhookUrl,
    webhookSecret,
    port,
    healthPort,
    dataDir: get('DATA_DIR') ?? 'data',
    logLevel: logLevel as LogLevel,
    sessionStore: sessionStore as Config['sessionStore'],
    redisUrl,
    redisPrefix,
    outboundGlobalPerSecond: integer(get('OUTBOUND_GLOBAL_PER_SECOND'), 30, 'OUTBOUND_GLOBAL_PER_SECOND', 0, 100_000, problems),
    sessionTtlHours: integer(get('SESSION_TTL_HOURS'), 24 * 7, 'SESSION_TTL_HOURS', 1, 24 * 365, problems),
    rateLimitPerMinute: integer(get('RATE_LIMIT_PER_MINUTE'), 20, 'RATE_LIMIT_PER_MINUTE', 1, 1000, problems),
    chatRateLimitPerMinute: integer(get('CHAT_RATE_LIMIT_PER_MINUTE'), 20, 'CHAT_RATE_LIMIT_PER_MINUTE', 1, 10_000, problems),
    inlineRateLimitPerMinute: integer(get('INLINE_RATE_LIMIT_PER_MINUTE'), 60, 'INLINE_RATE_LIMIT_PER_MINUTE', 1, 10_000, problems),
    apiTimeoutSeconds: integer(get('API_TIMEOUT_SECONDS'), 75, 'API_TIMEOUT_SECONDS', 2, 600, problems),
    answersPerPage: integer(get('ANSWERS_PER_PAGE'), 3, 'ANSWERS_PER_PAGE', 1, 10, problems),
    networkRetries: integer(get('NETWORK_RETRIES'), 3, 'NETWORK_RETRIES', 0, 20, problems),
    stopTimeoutSeconds: integer(get('STOP_TIMEOUT_SECONDS'), 6, 'STOP_TIMEOUT_SECONDS', 1, 600, problems),
    outboundChatPerSecond: integer(get('OUTBOUND_CHAT_PER_SECOND'), 1, 'OUTBOUND_CHAT_PER_SECOND', 1, 10_000, problems),
    outboundGroupPerMinute: integer(get('OUTBOUND_GROUP_PER_MINUTE'), 20, 'OUTBOUND_GROUP_PER_MINUTE', 1, 100_000, problems),
    adminUserIds,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/**
 * Replaces every occurrence of the bot token in `text` with "[BOT_TOKEN]".
 * Use it on any text that may leave the process (logs, error messages): request URLs contain the token.
 */
export function redactToken(text: string, token: string): string {
  if (token === '') return text;
  // URLs may carry the token percent-encoded (":" as "%3A").
  return text.replaceAll(token, '[BOT_TOKEN]').replaceAll(encodeURIComponent(token), '[BOT_TOKEN]');
}

function isUrl(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Reads ADMIN_USER_IDS: Telegram user ids separated by commas or spaces. A username is refused with
 * a hint, since usernames change hands and ids do not.
 */
function userIds(raw: string | undefined, problems: string[]): readonly number[] {
  if (raw === undefined) return Object.freeze([]);
  const ids: number[] = [];
  for (const part of raw.split(/[\s,]+/).filter((p) => p !== '')) {
    const id = Number(part);
    if (/^\d{1,16}$/.test(part) && Number.isSafeInteger(id) && id > 0) ids.push(id);
    else
      problems.push(
        `ADMIN_USER_IDS must list numeric Telegram user ids separated by commas (e.g. 12345678,87654321), got "${part}": an operator can see their id by sending /start to @userinfobot`,
      );
  }
  return Object.freeze([...new Set(ids)]);
}

function integer(raw: string | undefined, fallback: number, key: string, min: number, max: number, problems: string[]): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}
