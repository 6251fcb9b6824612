/**
 * SIGTERM during a burst: the real bot process (long polling, file sessions, the fake engine) is
 * stopped while answers are in flight (every sendMessage takes 400 ms at the stub), then restarted
 * on the same data and the same Bot API. The in-flight updates finish, their sessions are written,
 * and after the restart every question has been answered exactly once: none lost, none twice.
 *
 * What makes that hold (see docs/RELIABILITY.md): each fetched batch is journaled before the
 * getUpdates offset moves past it, the stop waits for the updates in hand, and handled updates leave
 * the journal. test/hardening/delivery.test.ts has the longer scenarios (stops that run out of time, SIGKILL).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { type BotProcess, groupQuestion, startBotProcess, until } from '../support/bot-process.js';

const TOKEN = '555000222:AAHardeningShutdownTokenxxxxxxxxxxxx';
const CHATS = Array.from({ length: 8 }, (_, i) => -9000 - i);
const PER_CHAT = 3;

describe('SIGTERM during a burst', () => {
  let api: StubApi | undefined;
  const bots: BotProcess[] = [];
  afterAll(async () => {
    for (const b of bots) if (b.child.exitCode === null) b.child.kill('SIGKILL');
    await api?.close();
  });

  it('finishes in-flight updates, writes their sessions, and answers nothing twice after a restart', async () => {
    api = await startStubApi();
    const stub = api;
    stub.fault = (method) => (method === 'sendMessage' ? { kind: 'slow', ms: 400 } : undefined);
    const dataDir = mkdtempSync(join(tmpdir(), 'sanad-shutdown-'));
    const env = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: stub.url, SESSION_STORE: 'file', DATA_DIR: dataDir, OUTBOUND_GLOBAL_PER_SECOND: '0' };
    const first = await startBotProcess(env);
    bots.push(first);

    const ask = (m: number) => {
      for (const [i, chat] of CHATS.entries()) stub.push(groupQuestion(chat, 100 + i, m, 'What did Trump say?'));
    };
    for (let m = 1; m < PER_CHAT; m++) ask(m);
    const answers = () => stub.sent.filter((s) => s.method === 'sendMessage' && s.replyTo !== undefined);
    // Stop once some answers are out and others are still being sent; the last round arrives while the bot is down.
    await until(() => answers().length >= 4, 'the first answers');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    ask(PER_CHAT);
    // Everything the first run had fetched (the first rounds) was answered before it exited.
    expect(answers().length).toBe(CHATS.length * (PER_CHAT - 1));
    const firstLogs = first.logLines();
    // Nothing was left for the next start: every fetched update was handled.
    expect(firstLogs.find((l) => l.msg === 'stopped')?.journaled).toBe(0);

    const second = await startBotProcess(env);
    bots.push(second);
    await until(() => answers().length >= CHATS.length * PER_CHAT, 'every question answered', 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // Exactly one answer per question, across both runs.
    const count = new Map<string, number>();
    for (const a of answers()) count.set(`${a.chatId}/${a.replyTo}`, (count.get(`${a.chatId}/${a.replyTo}`) ?? 0) + 1);
    expect(count.size).toBe(CHATS.length * PER_CHAT);
    expect([...count.values()].every((n) => n === 1)).toBe(true);

    // Every chat's session holds all its turns: none written by the first run was lost.
    for (const chat of CHATS) {
      const session = JSON.parse(readFileSync(join(dataDir, 'sessions', `${chat}.json`), 'utf8'));
      expect(session.turn, `chat ${chat}`).toBe(PER_CHAT);
      expect(session.replies.map((r: { question: number }) => r.question)).toEqual([1, 2, 3]);
    }
  }, 90_000);
});
