import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStorage } from '../../src/bot/file-storage.js';
import { createLogger } from '../../src/logger.js';

const DAY = 86_400_000;

function setup(now = () => Date.now()) {
  const dir = join(mkdtempSync(join(tmpdir(), 'sanad-sessions-')), 'sessions');
  const logs: string[] = [];
  const logger = createLogger({ botToken: '', logLevel: 'warn' }, (l) => void logs.push(l));
  return { dir, logs, storage: createFileStorage<{ n: number; s?: string }>({ dir, ttlMs: DAY, maxBytes: 1000, logger, now }) };
}

describe('file session storage', () => {
  it('round-trips values per key and leaves no temp files behind', async () => {
    const { dir, storage } = setup();
    await storage.write('-100123', { n: 1 });
    await storage.write('42', { n: 2 });
    await storage.write('42', { n: 3 });
    expect(await storage.read('-100123')).toEqual({ n: 1 });
    expect(await storage.read('42')).toEqual({ n: 3 });
    expect(await storage.read('7')).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['-100123.json', '42.json']);
    await storage.delete('42');
    expect(await storage.read('42')).toBeUndefined();
  });

  it('after a restart, reads what the previous process wrote, and keeps its file list current', async () => {
    const { dir, logs, storage } = setup();
    await storage.write('1', { n: 1 });
    await storage.write('2', { n: 2 });
    const logger = createLogger({ botToken: '', logLevel: 'warn' }, (l) => void logs.push(l));
    const again = createFileStorage<{ n: number }>({ dir, ttlMs: DAY, maxBytes: 1000, logger });
    // The first read lists the folder; later reads of chats without a file need no disk access.
    expect(await again.read('3')).toBeUndefined();
    expect(await again.read('1')).toEqual({ n: 1 });
    await again.write('3', { n: 3 });
    expect(await again.read('3')).toEqual({ n: 3 });
    await again.delete('2');
    expect(await again.read('2')).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['1.json', '3.json']);
  });

  it('cannot be steered out of its folder by a key', async () => {
    const { dir, storage } = setup();
    await storage.write('../../evil', { n: 1 });
    expect(readdirSync(dir)).toEqual(['%2E%2E%2F%2E%2E%2Fevil.json']);
  });

  it('treats a corrupt file as a fresh session and says so in the log', async () => {
    const { dir, logs, storage } = setup();
    await storage.write('1', { n: 1 });
    writeFileSync(join(dir, '1.json'), '{"n": 1, "trunc');
    expect(await storage.read('1')).toBeUndefined();
    expect(logs.join('')).toContain('unreadable session file');
  });

  it('forgets entries older than the TTL, and sweep removes them and stray temp files', async () => {
    const { dir, storage } = setup();
    await storage.write('1', { n: 1 });
    await storage.write('2', { n: 2 });
    const old = (Date.now() - 2 * DAY) / 1000;
    utimesSync(join(dir, '1.json'), old, old);
    writeFileSync(join(dir, '3.json.999.abcd.tmp'), '{"n":');
    expect(await storage.sweep()).toBe(2);
    expect(readdirSync(dir)).toEqual(['2.json']);
    utimesSync(join(dir, '2.json'), old, old);
    expect(await storage.read('2')).toBeUndefined();
  });

  it('refuses to write an oversized value and keeps the previous one', async () => {
    const { dir, logs, storage } = setup();
    await storage.write('1', { n: 1 });
    await storage.write('1', { n: 2, s: 'x'.repeat(2000) });
    expect(JSON.parse(readFileSync(join(dir, '1.json'), 'utf8'))).toEqual({ n: 1 });
    expect(logs.join('')).toContain('session too large');
  });
});
