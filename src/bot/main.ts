/**
 * Runs the bot: long polling by default, a webhook server when WEBHOOK_URL is set; stops gracefully
 * on SIGINT/SIGTERM.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { run } from '@grammyjs/runner';
import { type Bot, GrammyError, webhookCallback } from 'grammy';
import type { Update } from 'grammy/types';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { scrubSecrets, secretsOf } from '../redact.js';
import type { Engine } from '../types.js';
import { registerCommands } from './commands.js';
import type { BotContext } from './context.js';
import { closeServer, type HealthRoutes, healthRoutes, startHealthServer } from './health.js';
import { createBot } from './index.js';
import { createMetrics } from './metrics.js';
import { createSessionStorage } from './session.js';

/** The updates the bot handles; anything else Telegram need not send. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;
/** After a stop signal, exit anyway if in-flight updates take longer than this. */
const STOP_TIMEOUT_MS = 10_000;
/** Updates handled at once across chats (one chat's updates are always sequential). */
const CONCURRENCY = 100;
/**
 * Largest webhook body accepted. A Telegram update is a few KB (a 4,096-character message, its
 * entities and the message it replies to); anything near this is not from Telegram.
 */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
/** Pause between getUpdates attempts while Telegram is unreachable (auto-retry also backs off inside each attempt). */
const POLL_RETRY_MS = 1_000;

/**
 * Starts the bot and resolves once it has stopped after SIGINT or SIGTERM: in-flight updates are
 * finished and their sessions written before it resolves.
 *
 * @throws Error when Telegram rejects the token or another instance is polling with it
 */
export async function runBot(config: Config, logger: Logger, engine: Engine): Promise<void> {
  // A bug outside any update (a timer, a stray promise) is logged through the logger, which scrubs
  // the token, instead of Node printing the raw error and stack to stderr.
  const onCrash = (error: unknown) => {
    logger.fatal({ err: error }, 'unexpected error outside any update; exiting');
    process.exit(1);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    await serve(config, logger, engine);
  } catch (error) {
    // Whoever prints this (src/main.ts writes the message to stderr) must not print the token.
    if (error instanceof Error) {
      // Nor the webhook secret or the Redis password.
      const secrets = secretsOf(config);
      error.message = scrubSecrets(error.message, secrets);
      if (error.stack !== undefined) error.stack = scrubSecrets(error.stack, secrets);
    }
    throw error;
  } finally {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
}

async function serve(config: Config, logger: Logger, engine: Engine): Promise<void> {
  const sessions = createSessionStorage(config, logger);
  const metrics = createMetrics({ processMetrics: true });
  const { bot, i18n } = createBot({ config, logger, engine, metrics }, { storage: sessions.adapter, rateLimit: sessions.rateLimit });
  const health = healthRoutes({ metrics, probeApi: (signal) => bot.api.getMe(signal as Parameters<typeof bot.api.getMe>[0]), redisReady: sessions.connected });
  // Without Redis the bot still answers (without follow-up context); it reconnects by itself.
  if (!(await sessions.ready())) logger.error({ store: config.sessionStore }, 'session store not reachable at start-up; going on without it');

  try {
    await bot.init();
  } catch (error) {
    await sessions.close();
    if (error instanceof GrammyError && error.error_code === 401)
      throw new Error('Telegram rejected BOT_TOKEN (401 Unauthorized): check it with @BotFather (/token) and update .env');
    throw error;
  }
  const swept = await sessions.sweep();
  logger.info({ username: bot.botInfo.username, sessionsExpired: swept, stories: engine.stories.length }, 'bot ready');
  await registerCommands(bot.api, i18n, logger);

  const running = config.webhookUrl === undefined ? await startPolling(bot, config, logger, health) : await startWebhook(bot, config, logger, health);
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined;
  const stopped = new Promise<void>((resolve, reject) => {
    let stopping = false;
    onSignal = (signal) => {
      // A second, different signal during the stop changes nothing; a repeated one hits Node's default and exits.
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping: finishing in-flight updates');
      const force = setTimeout(() => {
        logger.error({ timeoutMs: STOP_TIMEOUT_MS }, 'in-flight updates did not finish in time; exiting anyway');
        process.exit(1);
      }, STOP_TIMEOUT_MS);
      force.unref(); // don't keep the process alive just for the watchdog
      // Sessions are written as each update's middleware completes, so once stop() resolves they are on disk.
      running.stop().then(() => {
        logger.info('stopped');
        resolve();
      }, reject);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  try {
    // A fatal error (Telegram rejecting the token mid-run, a second instance polling) ends the run too.
    await Promise.race([stopped, running.failed]);
  } finally {
    // After the last update (or a fatal error): an open Redis connection would keep the process alive.
    await sessions.close();
    if (onSignal !== undefined) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}

/** A started update source. */
interface Running {
  /** Stops taking updates; resolves when the updates in progress are done. */
  stop(): Promise<void>;
  /** Rejects if the source dies on its own; never resolves. */
  readonly failed: Promise<never>;
}

/**
 * Counts the updates in progress by wrapping `bot.handleUpdate`, which is what the runner calls for
 * each fetched update (all of a batch at once), so shutdown can wait for them and then confirm them.
 */
function trackUpdates(bot: Bot<BotContext>): { readonly highest: () => number | undefined; readonly idle: () => Promise<void> } {
  const inFlight = new Set<number>();
  let highest: number | undefined;
  let wake: (() => void) | undefined;
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update: Update, webhookReplyEnvelope?: Parameters<typeof handle>[1]) => {
    inFlight.add(update.update_id);
    highest = Math.max(highest ?? update.update_id, update.update_id);
    try {
      return await handle(update, webhookReplyEnvelope);
    } finally {
      inFlight.delete(update.update_id);
      if (inFlight.size === 0) wake?.();
    }
  };
  return {
    highest: () => highest,
    idle: () =>
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            wake = resolve;
          }),
  };
}

/**
 * Logs getUpdates failures once per outage (with the time it lasted when it ends), through the
 * logger: the runner's own printing is switched off, as it writes raw errors, which may hold the
 * request URL and so the token, to stderr.
 */
function watchPolling(bot: Bot<BotContext>, logger: Logger): void {
  let since: number | undefined;
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    try {
      const response = await prev(method, payload, signal);
      if (response.ok && since !== undefined) {
        logger.info({ outageMs: Date.now() - since }, 'getUpdates works again');
        since = undefined;
      } else if (!response.ok && since === undefined) {
        since = Date.now();
        logger.error({ error_code: response.error_code, description: response.description }, 'getUpdates failing: retrying every second');
      }
      return response;
    } catch (error) {
      if (since === undefined && !signal?.aborted) {
        since = Date.now();
        logger.error({ err: error }, 'getUpdates failing: retrying every second');
      }
      throw error;
    }
  });
}

async function startPolling(bot: Bot<BotContext>, config: Config, logger: Logger, health: HealthRoutes): Promise<Running> {
  const healthServer = config.healthPort === undefined ? undefined : await startHealthServer(config.healthPort, health, logger);
  // Polling and a webhook exclude each other: Telegram answers getUpdates with 409 while one is set.
  await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ err: error }, 'could not delete a previous webhook'));
  const tracker = trackUpdates(bot);
  watchPolling(bot, logger);
  const handle = run(bot, {
    runner: {
      // A long poll must answer well inside the API timeout, or every idle poll would count as a failure.
      fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: Math.min(30, Math.floor(config.apiTimeoutSeconds / 2)) },
      silent: true,
      retryInterval: POLL_RETRY_MS,
    },
    sink: { concurrency: CONCURRENCY },
  });
  logger.info({ mode: 'polling' }, 'listening for updates');
  // The runner ends by itself only on a fatal error (401, or 409 from a second instance).
  const failed = new Promise<never>((_, reject) => {
    handle.task()?.catch((error: unknown) => {
      logger.fatal({ err: error }, 'polling stopped');
      reject(error);
    });
  });
  return {
    stop: async () => {
      if (handle.isRunning()) await handle.stop();
      // The runner's stop() returns once fetching has stopped, not when the updates it handed out
      // are done: wait for those, so their answers are sent and their sessions written.
      await tracker.idle();
      // The runner never confirms its last batch, so Telegram would send it again after a restart
      // and it would be answered twice. Every fetched update has been handled now: confirm them all.
      const highest = tracker.highest();
      if (highest !== undefined)
        await bot.api.getUpdates({ offset: highest + 1, limit: 1, timeout: 0 }).then(
          () => logger.info({ confirmedUpTo: highest }, 'confirmed handled updates'),
          (error: unknown) => logger.warn({ err: error, highest }, 'could not confirm the last updates; Telegram may send them again after a restart'),
        );
      if (healthServer !== undefined) await closeServer(healthServer);
    },
    failed,
  };
}

/**
 * The webhook's HTTP handler: the health routes (`/healthz`, `/readyz`, `/metrics`; without them
 * `GET /healthz` still answers 200); the webhook path takes only POST (405
 * otherwise) with a body of at most MAX_WEBHOOK_BYTES (413 otherwise) and the secret header (401
 * otherwise, checked by grammY in constant time); every other path is 404.
 */
export function webhookListener(
  bot: Bot<BotContext>,
  config: Pick<Config, 'webhookUrl' | 'webhookSecret'>,
  logger: Logger,
  health?: HealthRoutes,
): RequestListener {
  const path = new URL(config.webhookUrl ?? 'https://invalid/').pathname;
  // The body is read here, under the size limit, and handed to grammY through a small adapter.
  const adapter = (update: Update, secret: string | undefined, res: ServerResponse) => ({
    update,
    header: secret,
    end: () => res.end(),
    respond: (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
    unauthorized: () => res.writeHead(401).end('secret token is wrong'),
  });
  const handleUpdate = webhookCallback(bot, adapter, { secretToken: config.webhookSecret });
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url?.split('?')[0];
    if (health?.(req, res)) return;
    if (req.method === 'GET' && url === '/healthz') return void res.writeHead(200).end('ok');
    if (url !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (Number(req.headers['content-length'] ?? 0) > MAX_WEBHOOK_BYTES) return void tooLarge(res);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_WEBHOOK_BYTES) {
        req.removeAllListeners('data');
        tooLarge(res);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_WEBHOOK_BYTES) return;
      let update: Update;
      try {
        update = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update;
        if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') throw new Error('not an update');
      } catch {
        return void res.writeHead(400).end('expected a JSON Update');
      }
      const secret = req.headers['x-telegram-bot-api-secret-token'];
      Promise.resolve(handleUpdate(update, Array.isArray(secret) ? secret[0] : secret, res)).catch((error: unknown) => {
        logger.error({ err: error }, 'webhook request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  };
}

function tooLarge(res: ServerResponse): void {
  if (!res.headersSent) res.writeHead(413, { connection: 'close' }).end('request body too large');
}

async function startWebhook(bot: Bot<BotContext>, config: Config, logger: Logger, health: HealthRoutes): Promise<Running> {
  const url = new URL(config.webhookUrl ?? '');
  const server: Server = createServer(webhookListener(bot, config, logger, health));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, resolve));
  await bot.api.setWebhook(url.href, { secret_token: config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ mode: 'webhook', port: config.port, path: url.pathname }, 'listening for updates');
  return {
    // close() stops accepting connections and waits for requests in progress, i.e. in-flight updates.
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
    failed: new Promise<never>((_, reject) => server.once('error', reject)),
  };
}
