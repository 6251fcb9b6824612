/**
 * Secrets and users' words stay out of the logs.
 *
 * A real bot process (the fake engine, long polling against the stub Bot API) is given a Redis that
 * requires a password, and the wrong one, at LOG_LEVEL=trace: ioredis puts the failed AUTH command,
 * password included, on its error. Neither that password, the bot token nor the webhook secret may
 * appear anywhere in what the process writes, while the Redis failure itself must be logged.
 * Then, in-process: a failed Bot API call is logged as its method, error code and chat, never with
 * the question or the answer.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { runBot } from '../../src/bot/main.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createFakeEngine } from '../bot/fake-engine.js';
import { createHarness, type Loose, message } from '../bot/harness.js';
import { type BotProcess, privateQuestion, startBotProcess, until } from '../support/bot-process.js';
import { freePort, hasRedisServer, type RedisServer, startRedisServer } from '../support/redis-server.js';

const TOKEN = '555000222:AASecretsTestTokenSecretxxxxxxxxxxxx';
const RIGHT_PASSWORD = 'Right-Pa55word-of-the-server';
// Characters that URL-encoding and JSON escaping both change, so every form of it is looked for.
const WRONG_PASSWORD = 'Wr0ng"pa$$/word\\x';
const WEBHOOK_SECRET = 'WebhookSecret_0123456789abcdef';
const required = process.env.SANAD_REQUIRE_REDIS === '1';

describe.runIf(hasRedisServer() || required)('secrets in the logs, against a Redis that requires a password', () => {
  let redis: RedisServer;
  let api: StubApi;
  let bot: BotProcess;
  let healthPort = 0;

  beforeAll(async () => {
    redis = await startRedisServer(['--requirepass', RIGHT_PASSWORD], RIGHT_PASSWORD);
    api = await startStubApi();
    healthPort = await freePort();
    bot = await startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      SESSION_STORE: 'redis',
      REDIS_URL: `redis://:${encodeURIComponent(WRONG_PASSWORD)}@127.0.0.1:${redis.port}/0`,
      REDIS_PREFIX: `sanad-secrets-${process.pid}:`,
      // Polling mode: the secret is configured but unused, which must not make it loggable.
      WEBHOOK_SECRET,
      LOG_LEVEL: 'trace',
      HEALTH_PORT: String(healthPort),
    });
  }, 60_000);

  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await api?.close();
    await redis?.stop();
  });

  it('logs the Redis failure but never the password, the token or the webhook secret', async () => {
    api.push(privateQuestion(8100, 1, 'What did Trump say?'));
    await until(() => api.sent.some((s) => s.chatId === 8100), 'an answer without Redis');
    const all = bot.output.join('');
    const lines = bot.logLines();
    // The failure is there (so the test looks at the line that used to leak), with its command's name.
    const failure = lines.find((l) => String(l.msg).startsWith('Redis is unreachable'));
    expect(failure, all).toBeDefined();
    expect(JSON.stringify(failure)).toMatch(/WRONGPASS|NOAUTH/);
    for (const secret of [WRONG_PASSWORD, TOKEN, WEBHOOK_SECRET]) {
      for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]) expect(all).not.toContain(form);
    }
    expect(all).not.toContain(TOKEN.split(':')[1]);
    expect(all).not.toContain('Wr0ng');
  }, 60_000);

  it('is alive but not ready while Redis refuses it', async () => {
    expect((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.text()).toBe('redis: not reachable\n');
  });
});

describe('failed Bot API calls in the logs', () => {
  it('name the method, the error code and the chat, never the question or the answer', async () => {
    const h = createHarness({ env: { LOG_LEVEL: 'debug' }, failing: { sendMessage: { error_code: 400, description: 'Bad Request: chat not found' } } });
    await h.send(message('Zanzibarian marmalade question?'));
    const sent = h.only('sendMessage').map((c) => String(c.payload.text));
    expect(sent.length).toBeGreaterThan(0);
    const lines = h.logs.map((l) => JSON.parse(l) as Loose);
    const failed = lines.find((l) => l.msg === 'failed to handle update');
    expect(failed?.err).toMatchObject({ method: 'sendMessage', error_code: 400, description: 'Bad Request: chat not found', chat: 1001 });
    const all = h.logs.join('');
    expect(all).not.toContain('Zanzibarian');
    for (const text of sent) expect(all).not.toContain(text.slice(0, 40));
    expect(all).not.toContain('"text"');
  });

  it('censor a payload logged by hand, and configuration secrets in any field', () => {
    const h = createHarness({ env: { LOG_LEVEL: 'info' } });
    h.logger.warn({ payload: { chat_id: 1, text: 'a private question' }, config: { botToken: 'x', webhookSecret: 'y' } }, 'by hand');
    const line = JSON.parse(h.logs.at(-1) ?? '{}') as Loose;
    expect(line.payload).toBe('[REDACTED]');
    expect(line.config).toEqual({ botToken: '[REDACTED]', webhookSecret: '[REDACTED]' });
  });
});

describe('an error that ends start-up', () => {
  it('reaches the caller (which prints it) without the token or the webhook secret', async () => {
    // A Bot API that rejects getMe with a description echoing what it was sent, as a proxy might.
    const server = createServer((req, res) => {
      const body = JSON.stringify({ ok: false, error_code: 400, description: `Bad Request: ${req.url} secret=${WEBHOOK_SECRET}` });
      res.writeHead(400, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const config = loadConfig({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        SESSION_STORE: 'memory',
        WEBHOOK_SECRET,
        LOG_LEVEL: 'silent',
      });
      const failure = await runBot(
        config,
        createLogger(config, () => {}),
        createFakeEngine(),
      ).then(
        () => undefined,
        (error: unknown) => error as Error,
      );
      expect(failure?.message).toContain('Bad Request');
      for (const text of [failure?.message ?? '', failure?.stack ?? '']) {
        expect(text).not.toContain(WEBHOOK_SECRET);
        expect(text).not.toContain(TOKEN);
      }
    } finally {
      server.close();
    }
  });
});
