/**
 * /healthz, /readyz and /metrics, scraped over HTTP as an orchestrator and Prometheus would:
 * - webhook mode: the webhook server itself serves them on PORT, next to the webhook path;
 * - polling mode: a real bot process serves them on HEALTH_PORT;
 * - readiness: a stale Bot API is probed (getMe), a failed probe or a lost Redis makes it 503.
 * The Bot API is the local stub, which injects a 429 on the first answer so retries and errors by
 * code are counted as they really happen (through auto-retry).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { healthRoutes } from '../../src/bot/health.js';
import { createBot } from '../../src/bot/index.js';
import { webhookListener } from '../../src/bot/main.js';
import { createMetrics } from '../../src/bot/metrics.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type BotProcess, privateQuestion, startBotProcess, until } from '../support/bot-process.js';
import { createFakeEngine } from './fake-engine.js';
import { ME, message } from './harness.js';

const TOKEN = '555000333:AAHealthTestTokenSecretxxxxxxxxxxxxx';
const SECRET = 'health_test_secret';

/** GETs a path; resolves with the status and the body. */
async function get(port: number, path: string): Promise<{ status: number; body: string; type: string | null }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
}

/** The value of one sample in Prometheus text format, e.g. value(text, 'sanad_updates_total{type="message"}'). */
function value(text: string, sample: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}

describe('webhook mode: health and metrics on the webhook port', () => {
  let api: StubApi;
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    api = await startStubApi();
    // The first answer meets a 429: auto-retry waits a second and sends it again.
    api.fault = (method, _payload, n) => (method === 'sendMessage' && n === 1 ? { kind: 'status', status: 429, retryAfter: 1 } : undefined);
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      SESSION_STORE: 'memory',
      LOG_LEVEL: 'silent',
      WEBHOOK_URL: 'https://x.example/hook',
      WEBHOOK_SECRET: SECRET,
    });
    const logger = createLogger(config, () => {});
    const metrics = createMetrics();
    const { bot } = createBot({ config, logger, engine: createFakeEngine(), metrics }, { botConfig: { botInfo: ME } });
    const health = healthRoutes({ metrics, probeApi: (signal) => bot.api.getMe(signal as Parameters<typeof bot.api.getMe>[0]) });
    server = createServer(webhookListener(bot, config, logger, undefined, health));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await api.close();
  });

  it('answers /healthz, and /readyz after probing the Bot API it has not heard from yet', async () => {
    expect(await get(port, '/healthz')).toMatchObject({ status: 200, body: 'ok' });
    const before = api.requests.get('getMe') ?? 0;
    expect(await get(port, '/readyz')).toMatchObject({ status: 200, body: 'ready\n' });
    expect(api.requests.get('getMe')).toBe(before + 1);
    // Heard from just now: no second probe.
    expect((await get(port, '/readyz')).status).toBe(200);
    expect(api.requests.get('getMe')).toBe(before + 1);
  });

  it('counts updates, answers, refusals, latency, Bot API errors by code and retries', async () => {
    const post = (id: number, text: string) =>
      fetch(`http://127.0.0.1:${port}/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify({ update_id: id, ...message(text) }),
      });
    expect((await post(1, 'What did Trump say?')).status).toBe(200);
    expect((await post(2, 'What did Macron say?')).status).toBe(200);
    const { status, body, type } = await get(port, '/metrics');
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(value(body, 'sanad_updates_total{type="message"}')).toBe(2);
    expect(value(body, 'sanad_answers_total')).toBe(1);
    expect(value(body, 'sanad_refusals_total{reason="not-in-story"}')).toBe(1);
    expect(value(body, 'sanad_update_duration_seconds_count')).toBe(2);
    // The 429 and its retry, seen by the transformer under auto-retry.
    expect(value(body, 'sanad_bot_api_errors_total{method="sendMessage",code="429"}')).toBe(1);
    expect(value(body, 'sanad_bot_api_retries_total{method="sendMessage"}')).toBe(1);
    expect(value(body, 'sanad_journal_depth')).toBe(0);
    expect(value(body, 'sanad_bot_api_last_contact_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
  }, 20_000);

  it('takes only GET and HEAD on the health routes, and leaves the webhook path alone', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/hook`)).status).toBe(405);
  });
});

describe('readiness', () => {
  const serve = async (routes: ReturnType<typeof healthRoutes>) => {
    const server = createServer((req, res) => routes(req, res) || res.writeHead(404).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { server, port: (server.address() as AddressInfo).port };
  };

  it('is 503 while the Bot API does not answer, retries the probe only after a pause, and 200 once it answers', async () => {
    const clock = { now: 1_000_000 };
    let up = false;
    let probes = 0;
    const metrics = createMetrics();
    const routes = healthRoutes({
      metrics,
      now: () => clock.now,
      probeApi: async () => {
        probes++;
        if (!up) throw new Error('unreachable');
      },
    });
    const { server, port } = await serve(routes);
    try {
      expect(await get(port, '/readyz')).toMatchObject({ status: 503, body: 'bot api: not reachable\n' });
      expect((await get(port, '/readyz')).status).toBe(503);
      expect(probes).toBe(1);
      // Liveness is not readiness: the process is fine.
      expect((await get(port, '/healthz')).status).toBe(200);
      up = true;
      clock.now += 6_000;
      expect((await get(port, '/readyz')).status).toBe(200);
      expect(probes).toBe(2);
      // Ninety seconds of silence from the API: it is asked again.
      clock.now += 90_000;
      up = false;
      expect((await get(port, '/readyz')).status).toBe(503);
      expect(probes).toBe(3);
    } finally {
      server.close();
    }
  });

  it('is 503 while Redis is down, when sessions live there', async () => {
    let redis = false;
    const metrics = createMetrics();
    metrics.apiReached();
    const { server, port } = await serve(healthRoutes({ metrics, probeApi: async () => {}, redisReady: () => redis }));
    try {
      expect(await get(port, '/readyz')).toMatchObject({ status: 503, body: 'redis: not reachable\n' });
      redis = true;
      expect((await get(port, '/readyz')).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('polling mode: health and metrics on HEALTH_PORT (a real bot process)', () => {
  let api: StubApi;
  let bot: BotProcess;
  let port = 0;

  beforeAll(async () => {
    api = await startStubApi();
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    bot = await startBotProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, SESSION_STORE: 'memory', HEALTH_PORT: String(port) });
  }, 40_000);
  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await api?.close();
  });

  it('serves /healthz, /readyz and /metrics, and stops serving them on SIGTERM', async () => {
    api.push(privateQuestion(8200, 1, 'What did Trump say?'));
    await until(() => api.sent.some((s) => s.chatId === 8200), 'an answer');
    expect(await get(port, '/healthz')).toMatchObject({ status: 200, body: 'ok' });
    expect((await get(port, '/readyz')).status).toBe(200);
    const metrics = (await get(port, '/metrics')).body;
    expect(value(metrics, 'sanad_updates_total{type="message"}')).toBe(1);
    expect(value(metrics, 'sanad_answers_total')).toBe(1);
    // Node's own metrics come along in the running bot.
    expect(value(metrics, 'sanad_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect((await get(port, '/other')).status).toBe(404);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 30_000);
});
