/**
 * Runs the bot: long polling by default, a webhook server when WEBHOOK_URL is set; stops gracefully
 * on SIGINT/SIGTERM.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { type Bot, GrammyError, HttpError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { scrubSecrets, secretsOf } from '../redact.js';
import type { Engine } from '../types.js';
import { registerCommands, registerOperatorCommands } from './commands.js';
import type { BotContext } from './context.js';
import { createDelivery, type Delivery } from './delivery.js';
import { closeServer, type HealthRoutes, healthRoutes, startHealthServer } from './health.js';
import { createBot } from './index.js';
import type { Journal } from './journal.js';
import { createJournal } from './journal-store.js';
import { createMetrics } from './metrics.js';
import { startJournaledPolling } from './polling.js';
import { registerProfile } from './profile.js';
import { createSessionStorage } from './session.js';
import { createStoryLibrary } from './story-library.js';
import { createStoryStore } from './story-store.js';

/** The updates the bot handles; anything else Telegram need not send. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;
/**
 * After the stop deadline (STOP_TIMEOUT_SECONDS), messages still waiting for their turn are held
 * back; this is how long the ones already on the wire may take to be answered.
 */
const STOP_GRACE_MS = 2_000;
/** Updates handled at once across chats (one chat's updates are always sequential). */
const CONCURRENCY = 100;
/**
 * Largest webhook body accepted. A Telegram update is a few KB (a 4,096-character message, its
 * entities and the message it replies to); anything near this is not from Telegram.
 */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
/** Pause between getUpdates attempts while Telegram is unreachable (getUpdates is not retried by src/bot/retry.ts). */
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
  const journal = createJournal(config, logger, sessions);
  // A stop that runs out of time holds back the messages still waiting for their chat's turn.
  const stopSending = new AbortController();
  let delivery: Delivery | undefined;
  // Stories added from Telegram (here or on another instance) are replayed before updates arrive.
  const library = createStoryLibrary({ engine, store: createStoryStore(config, logger), logger });
  const metrics = createMetrics({ processMetrics: true });
  const { bot, i18n } = createBot(
    { config, logger, engine, metrics },
    {
      storage: sessions.adapter,
      rateLimit: sessions.rateLimit,
      library,
      stopSending: stopSending.signal,
      onUnfinished: (id, reason) => delivery?.unfinished(id, reason),
    },
  );
  delivery = createDelivery({ handleUpdate: (update) => bot.handleUpdate(update), journal, logger });
  const health = healthRoutes({ metrics, probeApi: (signal) => bot.api.getMe(signal as Parameters<typeof bot.api.getMe>[0]), redisReady: sessions.connected });
  // The journal's depth (updates received and not yet handled), for /metrics.
  const depthTimer = setInterval(() => metrics.setJournalDepth(journal.depth()), 1000);
  depthTimer.unref();
  // Without Redis the bot still answers (without follow-up context); it reconnects by itself.
  if (!(await sessions.ready())) logger.error({ store: config.sessionStore }, 'session store not reachable at start-up; going on without it');
  const stored = await library.start();

  logger.info({ apiRoot: config.apiRoot }, 'connecting to the Bot API…');
  try {
    await connect(bot, logger);
  } catch (error) {
    await sessions.close();
    await journal.close();
    await library.close();
    if (error instanceof GrammyError && error.error_code === 401)
      throw new Error('Telegram rejected BOT_TOKEN (401 Unauthorized): check it with @BotFather (/token) and update .env');
    throw error;
  }
  logger.info({ username: bot.botInfo.username }, 'connected to the Bot API');
  const swept = await sessions.sweep();
  // With Redis, what an instance that dies meanwhile leaves is handed over later too.
  const replay = await journal.open((more) => {
    for (const update of more) void delivery.handle(update);
  });
  logger.info({ username: bot.botInfo.username, sessionsExpired: swept, stories: engine.stories.length, stored, replay: replay.length }, 'bot ready');
  await registerCommands(bot.api, i18n, logger);
  await registerOperatorCommands(bot.api, i18n, config.adminUserIds, logger);
  await registerProfile(bot.api, i18n, logger);

  // Updates left by the last run go first, so each chat's questions keep their order.
  for (const update of replay) void delivery.handle(update);
  const running =
    config.webhookUrl === undefined
      ? await startPolling(bot, config, logger, journal, delivery, health)
      : await startWebhook(bot, config, logger, journal, delivery, health);
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined;
  const stopped = new Promise<void>((resolve, reject) => {
    let stopping = false;
    onSignal = (signal) => {
      // A second, different signal during the stop changes nothing; a repeated one hits Node's default and exits.
      if (stopping) return;
      stopping = true;
      logger.info({ signal, inHand: delivery.inHand(), timeoutSeconds: config.stopTimeoutSeconds }, 'stopping: finishing the updates in hand');
      const force = setTimeout(
        () => {
          logger.error('stop did not complete in time; exiting anyway (the journal keeps what was not handled)');
          process.exit(1);
        },
        config.stopTimeoutSeconds * 1000 + STOP_GRACE_MS + 10_000,
      );
      force.unref(); // don't keep the process alive just for the watchdog
      const stop = async () => {
        await running.stop();
        delivery.stop();
        if (!(await delivery.idle(config.stopTimeoutSeconds * 1000))) {
          // What still waits (mostly behind a chat's pacing) is not sent; its updates stay journaled
          // and are answered once after the restart. Messages already on the wire get a moment.
          logger.warn(
            { inHand: delivery.inHand(), journaled: journal.depth() },
            'stop deadline reached: holding back unsent replies; their updates stay in the journal',
          );
          stopSending.abort();
          if (!(await delivery.idle(STOP_GRACE_MS)))
            logger.error({ inHand: delivery.inHand() }, 'replies still on the wire at exit; their updates may be answered again after the restart');
        }
        await running.confirm();
        await journal.close();
        logger.info({ journaled: journal.depth() }, 'stopped');
      };
      // Sessions are written as each update's middleware completes; serve's finally flushes them.
      stop().then(resolve, reject);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  try {
    // A fatal error (Telegram rejecting the token mid-run, a second instance polling) ends the run too.
    await Promise.race([stopped, running.failed]);
  } finally {
    // After the last update (or a fatal error): an open Redis connection would keep the process alive.
    await journal.close();
    await sessions.close();
    await library.close();
    if (onSignal !== undefined) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}

/** Longest pause between start-up attempts to reach the Bot API. */
const CONNECT_MAX_WAIT_MS = 60_000;

/**
 * Fetches the bot's identity (getMe). While the Bot API is unreachable it keeps trying, saying so
 * each time (grammY's own init would retry silently forever): a bot started before the network
 * is up comes up with it. Telegram's refusals (401) are thrown.
 */
async function connect(bot: Bot<BotContext>, logger: Logger): Promise<void> {
  for (let waitMs = 5_000; ; waitMs = Math.min(waitMs * 2, CONNECT_MAX_WAIT_MS)) {
    try {
      bot.botInfo = await bot.api.getMe();
      return;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      logger.error({ err: error, retryInMs: waitMs }, 'Bot API not reachable; trying again (check the network and TELEGRAM_API_ROOT)');
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

/** A started update source. */
interface Running {
  /** Stops taking updates in (the updates in hand go on). */
  stop(): Promise<void>;
  /** Tells Telegram that what was taken in is safe (polling); nothing to do for a webhook. */
  confirm(): Promise<void>;
  /** Rejects if the source dies on its own; never resolves. */
  readonly failed: Promise<never>;
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

async function startPolling(
  bot: Bot<BotContext>,
  config: Config,
  logger: Logger,
  journal: Journal,
  delivery: Delivery,
  health: HealthRoutes,
): Promise<Running> {
  const healthServer = config.healthPort === undefined ? undefined : await startHealthServer(config.healthPort, health, logger);
  // Polling and a webhook exclude each other: Telegram answers getUpdates with 409 while one is set.
  await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ err: error }, 'could not delete a previous webhook'));
  watchPolling(bot, logger);
  const poller = startJournaledPolling(bot, {
    journal,
    delivery,
    logger,
    allowedUpdates: ALLOWED_UPDATES,
    // A long poll must answer well inside the API timeout, or every idle poll would count as a failure.
    timeoutSeconds: Math.min(30, Math.floor(config.apiTimeoutSeconds / 2)),
    concurrency: CONCURRENCY,
    retryMs: POLL_RETRY_MS,
  });
  const handle = poller.runner;
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
      if (healthServer !== undefined) await closeServer(healthServer);
    },
    // Every fetched update is journaled (or, with the journal failing, handled by now): confirm
    // them, or Telegram would send the last batch again after the restart.
    confirm: () => poller.confirm(),
    failed,
  };
}

/**
 * Takes one webhook update in: resolves when Telegram may be told it was received (it is
 * journaled, or handled), and rejects when it must send it again.
 */
export type WebhookReceiver = (update: Update) => Promise<void>;

/**
 * The webhook's HTTP handler: the health routes (`/healthz`, `/readyz`, `/metrics`; without them
 * `GET /healthz` still answers 200); the webhook path takes only POST (405
 * otherwise) with a body of at most MAX_WEBHOOK_BYTES (413 otherwise) and the secret header (401
 * otherwise, compared in constant time); every other path is 404. A valid update goes to `receive`
 * (default: handle it, then answer); the answer is 200 once `receive` resolves, 500 if it rejects.
 */
export function webhookListener(
  bot: Bot<BotContext>,
  config: Pick<Config, 'webhookUrl' | 'webhookSecret'>,
  logger: Logger,
  receive: WebhookReceiver = async (update) => void (await bot.handleUpdate(update)),
  health?: HealthRoutes,
): RequestListener {
  const path = new URL(config.webhookUrl ?? 'https://invalid/').pathname;
  // Digests have one length, so comparing them leaks neither the secret nor its length.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const expected = config.webhookSecret === undefined ? undefined : digest(config.webhookSecret);
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
      const header = req.headers['x-telegram-bot-api-secret-token'];
      const secret = Array.isArray(header) ? header[0] : header;
      if (expected !== undefined && (secret === undefined || !timingSafeEqual(digest(secret), expected)))
        return void res.writeHead(401).end('secret token is wrong');
      receive(update).then(
        () => void res.writeHead(200).end(),
        (error: unknown) => {
          logger.error({ err: error, update_id: update.update_id }, 'webhook update not received; Telegram will send it again');
          if (!res.headersSent) res.writeHead(500).end();
        },
      );
    });
  };
}

function tooLarge(res: ServerResponse): void {
  if (!res.headersSent) res.writeHead(413, { connection: 'close' }).end('request body too large');
}

/**
 * The webhook's receiver with the journal: journal the update, let Telegram have its 200 at once,
 * then handle it, so slow pacing or retries cannot make Telegram time out and send it again. An
 * update already journaled or handled (a redelivery) is acknowledged and not handled again. While
 * the journal cannot be written, the update is handled before the answer, as without a journal.
 */
export function journaledReceiver(bot: Bot<BotContext>, journal: Journal, delivery: Delivery, logger: Logger, stopping: () => boolean): WebhookReceiver {
  let failing = false;
  return async (update) => {
    let fresh: Update[];
    try {
      fresh = await journal.admit([update]);
      failing = false;
    } catch (error) {
      // Stopping: Telegram gets an error and sends the update again, to the next instance or start.
      if (stopping()) throw error;
      if (!failing) logger.error({ err: error }, 'journal: cannot record updates; answering webhook requests only after handling them');
      failing = true;
      await bot.handleUpdate(update);
      return;
    }
    if (fresh.length === 0) return;
    // A journal in memory keeps nothing across a restart: answer Telegram only once handled.
    if (!journal.durable) return delivery.handle(update);
    // During a stop, a late update stays in the journal for the next start.
    if (!stopping()) void delivery.handle(update);
  };
}

async function startWebhook(
  bot: Bot<BotContext>,
  config: Config,
  logger: Logger,
  journal: Journal,
  delivery: Delivery,
  health: HealthRoutes,
): Promise<Running> {
  const url = new URL(config.webhookUrl ?? '');
  let stopping = false;
  const server: Server = createServer(
    webhookListener(
      bot,
      config,
      logger,
      journaledReceiver(bot, journal, delivery, logger, () => stopping),
      health,
    ),
  );
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, resolve));
  await bot.api.setWebhook(url.href, { secret_token: config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ mode: 'webhook', port: config.port, path: url.pathname }, 'listening for updates');
  return {
    // close() stops accepting connections; requests in progress only journal, so they end at once.
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
    confirm: async () => {},
    failed: new Promise<never>((_, reject) => server.once('error', reject)),
  };
}
