/**
 * The update journal (src/bot/journal.ts) and the delivery on top of it (src/bot/delivery.ts):
 * what a restart replays, what it never answers twice, and what a failure leaves for later.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { createDelivery } from '../../src/bot/delivery.js';
import { createFileJournal, HANDLED_IDS_KEPT, JOURNAL_MAX_AGE_MS } from '../../src/bot/journal.js';
import { createLogger } from '../../src/logger.js';

const logs: string[] = [];
const logger = createLogger({ logLevel: 'info', botToken: '' }, (line) => void logs.push(line));
const update = (id: number): Update =>
  ({ update_id: id, message: { message_id: id, date: 0, chat: { id: 1, type: 'private', first_name: 'A' }, text: `q${id}` } }) as Update;
const fileIn = () => join(mkdtempSync(join(tmpdir(), 'sanad-journal-')), 'journal.jsonl');

describe('file journal', () => {
  it('replays after a restart exactly the updates admitted and not handled', async () => {
    const file = fileIn();
    const a = createFileJournal({ file, logger });
    expect(await a.open()).toEqual([]);
    expect((await a.admit([update(1), update(2), update(3)])).map((u) => u.update_id)).toEqual([1, 2, 3]);
    await a.done(2);
    expect(a.depth()).toBe(2);
    // No close(): the process was killed. The lines are on disk already.
    const b = createFileJournal({ file, logger });
    expect((await b.open()).map((u) => u.update_id)).toEqual([1, 3]);
    expect(b.depth()).toBe(2);
    await b.close();
  });

  it('admits an update once: a second delivery, or one already handled, is left out', async () => {
    const file = fileIn();
    const a = createFileJournal({ file, logger });
    await a.open();
    await a.admit([update(10)]);
    expect(await a.admit([update(10), update(11)])).toEqual([update(11)]);
    await a.done(10);
    expect(await a.admit([update(10)])).toEqual([]);
    await a.close();
    // Handled ids survive a restart, so Telegram sending an update again after a crash is not answered twice.
    const b = createFileJournal({ file, logger });
    await b.open();
    expect(await b.admit([update(10), update(11), update(12)])).toEqual([update(12)]);
    await b.close();
  });

  it('remembers a bounded number of handled ids', async () => {
    const a = createFileJournal({ logger });
    await a.open();
    const many = Array.from({ length: HANDLED_IDS_KEPT + 5 }, (_, i) => update(i + 1));
    await a.admit(many);
    for (const u of many) await a.done(u.update_id);
    // The oldest ids are forgotten, the newest remembered.
    expect(await a.admit([update(1)])).toHaveLength(1);
    expect(await a.admit([update(HANDLED_IDS_KEPT + 5)])).toHaveLength(0);
  });

  it('skips a line cut short by a crash, and drops updates older than a day', async () => {
    const file = fileIn();
    const t = Date.now();
    writeFileSync(
      file,
      `${JSON.stringify({ u: update(1), t: t - JOURNAL_MAX_AGE_MS - 1 })}\n${JSON.stringify({ u: update(2), t })}\n{"u":{"update_id":3,"mess`,
    );
    const j = createFileJournal({ file, logger });
    expect((await j.open()).map((u) => u.update_id)).toEqual([2]);
    expect(logs.some((l) => l.includes('cut short by a crash'))).toBe(true);
    expect(logs.some((l) => l.includes('older than a day'))).toBe(true);
    // The dropped one is not answered if Telegram sends it again either.
    expect(await j.admit([update(1)])).toEqual([]);
    await j.close();
  });

  it('rewrites the file when it has grown, keeping only what is still needed', async () => {
    const file = fileIn();
    const j = createFileJournal({ file, logger, compactAfterLines: 50 });
    await j.open();
    for (let i = 1; i <= 100; i++) {
      await j.admit([update(i)]);
      if (i !== 77) await j.done(i);
    }
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeLessThan(60);
    await j.close();
    // After close the file holds the pending update and one line of handled ids.
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    const again = createFileJournal({ file, logger });
    expect((await again.open()).map((u) => u.update_id)).toEqual([77]);
    await again.close();
  });

  it('fails admit (never silently) when the file cannot be used, and says so once at start-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-journal-'));
    const file = join(dir, 'journal.jsonl');
    mkdirSync(file); // a folder where the file should be
    logs.length = 0;
    const j = createFileJournal({ file, logger });
    expect(await j.open()).toEqual([]);
    await expect(j.admit([update(1)])).rejects.toThrow(/journal/);
    expect(logs.filter((l) => l.includes('cannot read the update journal'))).toHaveLength(1);
  });

  it('keeps appending after a torn tail, so the next start still reads every later line', async () => {
    const file = fileIn();
    const a = createFileJournal({ file, logger });
    await a.open();
    await a.admit([update(1)]);
    await a.close();
    appendFileSync(file, '{"u":{"upd'); // a crash mid-line after close
    const b = createFileJournal({ file, logger });
    expect((await b.open()).map((u) => u.update_id)).toEqual([1]);
    await b.admit([update(2)]);
    const c = createFileJournal({ file, logger });
    expect((await c.open()).map((u) => u.update_id)).toEqual([1, 2]);
  });
});

describe('delivery', () => {
  it('marks an update handled only when it went through, and tries a network failure again later', async () => {
    const journal = createFileJournal({ logger });
    await journal.open();
    let attempts = 0;
    const delivery = createDelivery({
      journal,
      logger,
      retryLaterMs: 20,
      handleUpdate: async (u) => {
        attempts++;
        // The error boundary reports the failure; handleUpdate itself resolves.
        if (attempts === 1) delivery.unfinished(u.update_id, 'network');
      },
    });
    await journal.admit([update(5)]);
    await delivery.handle(update(5));
    expect(journal.depth()).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(attempts).toBe(2);
    expect(journal.depth()).toBe(0);
  });

  it('leaves an update held back by a stop in the journal, and does not try it again in this run', async () => {
    const journal = createFileJournal({ logger });
    await journal.open();
    let attempts = 0;
    const delivery = createDelivery({
      journal,
      logger,
      retryLaterMs: 10,
      handleUpdate: async (u) => {
        attempts++;
        delivery.unfinished(u.update_id, 'stopping');
      },
    });
    await journal.admit([update(6)]);
    await delivery.handle(update(6));
    await new Promise((r) => setTimeout(r, 50));
    expect(attempts).toBe(1);
    expect(journal.depth()).toBe(1);
  });

  it('gives up for this run after a few attempts; the update waits in the journal for the next start', async () => {
    const journal = createFileJournal({ logger });
    await journal.open();
    let attempts = 0;
    const delivery = createDelivery({
      journal,
      logger,
      retryLaterMs: 5,
      attemptsPerRun: 3,
      handleUpdate: async (u) => {
        attempts++;
        delivery.unfinished(u.update_id, 'telegram');
      },
    });
    await journal.admit([update(7)]);
    await delivery.handle(update(7));
    await new Promise((r) => setTimeout(r, 100));
    expect(attempts).toBe(3);
    expect(journal.depth()).toBe(1);
  });

  it('idle() waits for the updates in hand, or says it ran out of time', async () => {
    const journal = createFileJournal({ logger });
    await journal.open();
    let release: () => void = () => {};
    const delivery = createDelivery({ journal, logger, handleUpdate: () => new Promise<void>((r) => (release = r)) });
    void delivery.handle(update(8));
    expect(delivery.inHand()).toBe(1);
    expect(await delivery.idle(20)).toBe(false);
    const idle = delivery.idle(1000);
    release();
    expect(await idle).toBe(true);
  });
});
