/**
 * Several instances, one conversation: two real bot processes (`node --import tsx src/main.ts`, the
 * real engine) in webhook mode with SESSION_STORE=redis, both talking to the stub Bot API. The first
 * question goes to instance A's webhook, the follow-up to instance B's, as a load balancer might
 * send them; B can only answer the follow-up from the context A stored in Redis.
 *
 * Needs a Redis server on 127.0.0.1:6379 (.ci/run starts one). Without one the test is skipped,
 * unless SANAD_REQUIRE_REDIS=1 (set by .ci/run), where it fails instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { until } from '../support/bot-process.js';
import { redisUp } from '../support/redis.js';
import { freePort } from '../support/redis-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = '987654321:AAE2eMultiInstanceTokenNotRealxxxxx';
const REDIS_URL = 'redis://127.0.0.1:6379/0';
const SECRET = 'multi_instance-secret';
/** A prefix of its own, so the test never touches another run's (or a real bot's) keys. */
const PREFIX = `sanad-test-${process.pid}-${Date.now().toString(36)}:`;

const available = await redisUp();
if (!available && process.env.SANAD_REQUIRE_REDIS === '1')
  throw new Error(`No Redis server at ${REDIS_URL}: install and start one (apt-get install redis-server; redis-server --daemonize yes)`);

interface Instance {
  readonly child: ChildProcess;
  readonly stderr: string[];
  readonly port: number;
  readonly exited: Promise<number | null>;
}

function startInstance(apiRoot: string, port: number): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      // Never contacted: setWebhook goes to the stub, and the test posts updates itself.
      WEBHOOK_URL: 'https://bot.example.invalid/hook',
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      SESSION_STORE: 'redis',
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'sanad-multi-')),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on port ${port} did not start:\n${stderr.join('')}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.join('').includes('listening for updates')) {
        clearTimeout(timer);
        resolve({ child, stderr, port, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code} before starting:\n${stderr.join('')}`));
    });
  });
}

describe.skipIf(!available)('two instances in webhook mode sharing sessions in Redis (real engine)', () => {
  let api: StubApi;
  const instances: Instance[] = [];
  const chat = 70_000 + Math.floor(Math.random() * 10_000);
  let updateId = 1;

  const post = (instance: Instance, text: string) =>
    fetch(`http://127.0.0.1:${instance.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      body: JSON.stringify({
        update_id: updateId++,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          text,
          chat: { id: chat, type: 'private', first_name: 'Mia' },
          from: { id: chat, is_bot: false, first_name: 'Mia', language_code: 'en' },
        },
      }),
    });

  beforeAll(async () => {
    api = await startStubApi();
    // Ports the system says are free: a random one may be an ephemeral port another test's connection holds.
    const [a, b] = [await freePort(), await freePort()];
    instances.push(...(await Promise.all([startInstance(api.url, a), startInstance(api.url, b)])));
  }, 60_000);

  afterAll(async () => {
    for (const instance of instances) {
      if (instance.child.exitCode === null) instance.child.kill('SIGTERM');
      await instance.exited;
    }
    await api?.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('answers the follow-up on instance B from the context instance A stored', async () => {
    const [a, b] = instances as [Instance, Instance];
    // The webhook answers as soon as the update is journaled (in Redis); the reply follows.
    expect((await post(a, 'What did Peskov say about Kursk?')).status).toBe(200);
    await until(() => api.sent.some((s) => s.chatId === chat), 'the first answer');
    const first = api.sent.filter((s) => s.chatId === chat);
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toMatch(/<b>\[\d+(\.\d+)?\]<\/b>/);

    expect((await post(b, 'what else did he say?')).status).toBe(200);
    await until(() => api.sent.filter((s) => s.chatId === chat).length >= 2, 'the follow-up answer');
    const second = api.sent.filter((s) => s.chatId === chat)[1];
    // Without A's context "what else did he say?" has nothing to search for and B would abstain;
    // with it, B reads it as a follow-up about Peskov and quotes paragraph 8 or 9.
    expect(second?.text).toMatch(/<b>\[(8|9)(\.\d+)?\]<\/b>/);
    expect(second?.text).toContain('follow-up');

    for (const instance of instances) expect(instance.stderr.join('')).not.toContain(TOKEN);
  });

  it('stops both instances cleanly on SIGTERM (Redis connections closed)', async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    expect(await Promise.all(instances.map((i) => i.exited))).toEqual([0, 0]);
  });
});
