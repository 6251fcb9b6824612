/**
 * Retries of failed Bot API calls (src/bot/retry.ts): bounded for network errors too (auto-retry
 * retried those forever), each wait logged at warn with the method and the delay and never the
 * message text; and start-up says what it is doing while the Bot API does not answer.
 */
import { spawn } from 'node:child_process';
import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createRetry } from '../../src/bot/retry.js';
import { createLogger } from '../../src/logger.js';
import type { Loose } from './harness.js';

const SECRET_TEXT = 'my private question about Kursk';

function setup(networkRetries: number, outcomes: readonly ('network' | 429 | 500 | 'ok')[]) {
  const logs: Record<string, Loose>[] = [];
  const logger = createLogger({ logLevel: 'debug', botToken: '' }, (line) => void logs.push(JSON.parse(line)));
  const retried: string[] = [];
  const retry = createRetry({
    networkRetries,
    apiRetries: 3,
    maxDelaySeconds: 30,
    firstDelayMs: 5,
    logger,
    skip: ['getUpdates'],
    onRetry: (method, reason) => void retried.push(`${method}:${reason}`),
  });
  let calls = 0;
  const prev = async (): Promise<Loose> => {
    const outcome = outcomes[Math.min(calls++, outcomes.length - 1)];
    if (outcome === 'network') throw new HttpError("Network request for 'sendMessage' failed!", new Error('ECONNRESET'));
    if (outcome === 429) return { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 0 } };
    if (outcome === 500) return { ok: false, error_code: 500, description: 'Internal Server Error' };
    return { ok: true, result: true };
  };
  const call = (method = 'sendMessage') => retry(prev as Loose, method as Loose, { chat_id: 1, text: SECRET_TEXT } as Loose);
  return { logs, retried, call, calls: () => calls };
}

describe('retries', () => {
  it('gives up on a network error after NETWORK_RETRIES retries instead of retrying forever', async () => {
    const t = setup(2, ['network']);
    await expect(t.call()).rejects.toBeInstanceOf(HttpError);
    expect(t.calls()).toBe(3);
    expect(t.retried).toEqual(['sendMessage:network', 'sendMessage:network']);
  });

  it('logs each wait at warn with the method and the delay, doubling, and never the message text', async () => {
    const t = setup(3, ['network', 'network', 'ok']);
    expect(await t.call()).toEqual({ ok: true, result: true });
    const waits = t.logs.filter((l) => l.level === 40);
    expect(waits.map((l) => [l.method, l.reason, l.delayMs])).toEqual([
      ['sendMessage', 'network', 5],
      ['sendMessage', 'network', 10],
    ]);
    expect(JSON.stringify(t.logs)).not.toContain(SECRET_TEXT);
  });

  it('retries 429 after retry_after and 5xx with a back-off, at most three times each call', async () => {
    const t = setup(3, [429, 500, 'ok']);
    expect(await t.call()).toEqual({ ok: true, result: true });
    expect(t.retried).toEqual(['sendMessage:flood', 'sendMessage:server']);
    const stuck = setup(3, [500]);
    expect(await stuck.call()).toMatchObject({ ok: false, error_code: 500 });
    expect(stuck.calls()).toBe(4);
  });

  it('leaves getUpdates to the poller', async () => {
    const t = setup(3, ['network']);
    await expect(t.call('getUpdates')).rejects.toBeInstanceOf(HttpError);
    expect(t.calls()).toBe(1);
  });
});

describe('start-up with an unreachable Bot API', () => {
  it('says it is connecting, logs each retry and each failed attempt, instead of waiting silently', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/bot/fixtures/fake-main.ts'], {
      env: {
        ...process.env,
        BOT_TOKEN: '555000444:AAStartupRetryTokenxxxxxxxxxxxxxxxxx',
        // Nothing listens on port 9 (discard) here: every connection is refused.
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
        SESSION_STORE: 'memory',
        NETWORK_RETRIES: '1',
        WEBHOOK_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const deadline = Date.now() + 20_000;
    while (!stderr.includes('Bot API not reachable') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    const lines = stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, Loose>);
    expect(lines.some((l) => l.msg === 'connecting to the Bot API…')).toBe(true);
    const wait = lines.find((l) => l.level === 40 && l.method === 'getMe');
    expect(wait).toMatchObject({ reason: 'network', delayMs: 2000, attempt: 1, of: 1 });
    expect(lines.find((l) => l.msg.startsWith('Bot API not reachable'))).toMatchObject({ level: 50, retryInMs: 5000 });
  }, 30_000);
});
