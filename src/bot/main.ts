/**
 * Runs the bot: long polling by default, a webhook server when WEBHOOK_URL is set; stops gracefully
 * on SIGINT/SIGTERM.
 */
import { createServer, type Server } from 'node:http';
import { run } from '@grammyjs/runner';
import { GrammyError, webhookCallback } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../types.js';
import { registerCommands } from './commands.js';
import { createBot } from './index.js';
import { createSessionStorage } from './session.js';

/** The updates the bot handles; anything else Telegram need not send. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;
/** After a stop signal, exit anyway if in-flight updates take longer than this. */
const STOP_TIMEOUT_MS = 10_000;
/** Updates handled at once across chats (one chat's updates are always sequential). */
const CONCURRENCY = 100;

/**
 * Starts the bot and resolves once it has stopped after SIGINT or SIGTERM: in-flight updates are
 * finished and their sessions written before it resolves.
 *
 * @throws Error when Telegram rejects the token or another instance is polling with it
 */
export async function runBot(config: Config, logger: Logger, engine: Engine): Promise<void> {
  const sessions = createSessionStorage(config, logger);
  const { bot, i18n } = createBot({ config, logger, engine }, { storage: sessions.adapter, rateLimit: sessions.rateLimit });
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

  const running = config.webhookUrl === undefined ? await startPolling(bot, logger) : await startWebhook(bot, config, logger);
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

async function startPolling(bot: ReturnType<typeof createBot>['bot'], logger: Logger): Promise<Running> {
  // Polling and a webhook exclude each other: Telegram answers getUpdates with 409 while one is set.
  await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ err: error }, 'could not delete a previous webhook'));
  const handle = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } },
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
    // Resolves once the middleware of every update already fetched has finished.
    stop: async () => {
      if (handle.isRunning()) await handle.stop();
    },
    failed,
  };
}

async function startWebhook(bot: ReturnType<typeof createBot>['bot'], config: Config, logger: Logger): Promise<Running> {
  const url = new URL(config.webhookUrl ?? '');
  // webhookCallback checks the secret header in constant time and answers 401 on a mismatch.
  const handleUpdate = webhookCallback(bot, 'http', { secretToken: config.webhookSecret });
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') return void res.writeHead(200).end('ok');
    if (req.method !== 'POST' || req.url?.split('?')[0] !== url.pathname) return void res.writeHead(404).end();
    handleUpdate(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
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
