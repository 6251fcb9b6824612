/**
 * The bot's own failures: session storage that cannot be written (DATA_DIR under a file), a corrupt
 * session file, and Redis going away and coming back (through a TCP proxy that is cut and restored).
 * Each time the user still gets an answer, without follow-up context if it must, the failure is
 * logged once, and the stored context is not lost.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionData } from '../../src/bot/context.js';
import { createFileStorage } from '../../src/bot/file-storage.js';
import { connectRedis, redisSessionStorage } from '../../src/bot/redis.js';
import { createLogger } from '../../src/logger.js';
import { createHarness, message, TOKEN } from '../bot/harness.js';
import { redisUp } from '../support/redis.js';
import { startTcpProxy } from '../support/tcp-proxy.js';

const answers = (h: ReturnType<typeof createHarness>) => h.only('sendMessage').map((c) => String(c.payload.text));

describe('file sessions failing', () => {
  it('answers every question when DATA_DIR cannot be written, and logs it once', async () => {
    const base = mkdtempSync(join(tmpdir(), 'sanad-unwritable-'));
    writeFileSync(join(base, 'file'), 'not a folder');
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info', botToken: TOKEN }, (l) => void lines.push(l));
    const storage = createFileStorage<SessionData>({ dir: join(base, 'file', 'sessions'), ttlMs: 3_600_000, maxBytes: 65_536, logger });
    const h = createHarness({ storage });
    for (const q of ['What did Trump say?', 'and Putin?', 'Will Ukraine join NATO?']) await h.send(message(q));
    const sent = answers(h);
    expect(sent).toHaveLength(3);
    for (const t of sent) expect(t).toContain('<blockquote>');
    expect(sent.join('')).not.toContain('something went wrong');
    expect(lines.filter((l) => l.includes('cannot write session files'))).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes('failed to handle update'))).toEqual([]);
  });

  it("keeps one chat's unwritable file that chat's problem: one alarm for it, none folder-wide, no flapping", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sanad-onechat-')), 'sessions');
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info', botToken: TOKEN }, (l) => void lines.push(l));
    const storage = createFileStorage<{ n: number }>({ dir, ttlMs: 3_600_000, maxBytes: 65_536, logger });
    await storage.write('1', { n: 0 });
    mkdirSync(join(dir, '666.json')); // a folder where chat 666's file should be
    const longKey = `k${'x'.repeat(300)}`; // a file name the file system refuses
    for (let i = 1; i <= 5; i++) {
      await storage.write('666', { n: i });
      await storage.write(longKey, { n: i });
      await storage.write('1', { n: i });
    }
    expect(await storage.read('1')).toEqual({ n: 5 });
    expect(lines.filter((l) => l.includes("cannot write this chat's session file"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('cannot write session files'))).toEqual([]);
    expect(lines.filter((l) => l.includes('writable again'))).toEqual([]);
    // Fixed by the operator: written again, and said so once.
    rmSync(join(dir, '666.json'), { recursive: true });
    await storage.write('666', { n: 6 });
    expect(await storage.read('666')).toEqual({ n: 6 });
    expect(lines.filter((l) => l.includes("this chat's session file is writable again"))).toHaveLength(1);
  });

  it('starts a corrupt session afresh, logs it once, and repairs the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-corrupt-'));
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info', botToken: TOKEN }, (l) => void lines.push(l));
    const storage = createFileStorage<SessionData>({ dir, ttlMs: 3_600_000, maxBytes: 65_536, logger });
    writeFileSync(join(dir, '1001.json'), '{"turn": 3, "turns": [');
    const h = createHarness({ storage });
    await h.send(message('What did Trump say?'));
    await h.send(message('Will Ukraine join NATO?'));
    expect(answers(h)).toHaveLength(2);
    expect(lines.filter((l) => l.includes('unreadable session file'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, '1001.json'), 'utf8')).turn).toBe(2);
  });
});

describe.skipIf(!(await redisUp()) && process.env.SANAD_REQUIRE_REDIS !== '1')('Redis going away and coming back', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it('answers through the outage, logs it once, keeps the stored context, and uses it again after', async () => {
    const proxy = await startTcpProxy(6379);
    const prefix = `sanad-hardening-${process.pid}-${Date.now().toString(36)}:`;
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info', botToken: TOKEN }, (l) => void lines.push(l));
    const link = connectRedis({ redisUrl: `redis://127.0.0.1:${proxy.port}/0`, redisPrefix: prefix }, logger);
    cleanup.push(
      () => link.close(),
      () => proxy.close(),
    );
    expect(await link.ready()).toBe(true);
    const storage = redisSessionStorage<SessionData>(link, 3600);
    const h = createHarness({ storage });
    const stored = async () => (await storage.read('1001'))?.turn;

    await h.send(message('What did Trump say?'));
    expect(await stored()).toBe(1);

    proxy.cut();
    await new Promise((r) => setTimeout(r, 100));
    await h.send(message('Will Ukraine join NATO?'));
    await h.send(message('What did Zelensky say?'));
    expect(answers(h)).toHaveLength(3);
    for (const t of answers(h)) expect(t).toContain('<blockquote>');
    expect(lines.filter((l) => l.includes('Redis is unreachable'))).toHaveLength(1);

    proxy.restore();
    await new Promise<void>((resolve) => {
      const check = () => (link.client.status === 'ready' ? resolve() : setTimeout(check, 100));
      check();
    });
    // The context written before the outage survived it (the outage's fresh sessions were not saved over it).
    expect(await stored()).toBe(1);
    await h.send(message('What did Putin say?'));
    expect(answers(h)).toHaveLength(4);
    expect(await stored()).toBe(2);
    expect(lines.filter((l) => l.includes('Redis is back'))).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes('failed to handle update'))).toEqual([]);
  }, 30_000);
});
