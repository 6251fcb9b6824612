/**
 * Bot API faults, injected by the stub Bot API (bench/bot/stub-api.ts) into a real bot process
 * (long polling, the fake engine): 429 with retry_after, 500, 502 with an HTML page, dropped
 * connections, slow responses and calls that never answer (timeouts) on sendMessage; then
 * getUpdates failing (HTML 502s, drops, 500s, hangs) for SANAD_OUTAGE_SECONDS (default 5; set 30 for
 * the case) and recovering. Every question is answered exactly once, the outage is logged
 * once, every log line is JSON, and the token appears nowhere in the process's output.
 *
 *   SANAD_OUTAGE_SECONDS=30 npx vitest run test/hardening/faults.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fault, type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { type BotProcess, privateQuestion, startBotProcess, until } from '../support/bot-process.js';

const TOKEN = '555000111:AAHardeningFaultTokenSecretxxxxxxxxx';
const OUTAGE_MS = Number(process.env.SANAD_OUTAGE_SECONDS ?? 5) * 1000;
/** The first send to each chat meets one of these, in turn; the retry goes through. */
const SEND_FAULTS: readonly Fault[] = [
  { kind: 'status', status: 429, retryAfter: 1 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502, html: true },
  { kind: 'drop' },
  { kind: 'slow', ms: 1500 },
  { kind: 'hang' },
];
/** getUpdates during the outage cycles through these. */
const POLL_FAULTS: readonly Fault[] = [{ kind: 'status', status: 502, html: true }, { kind: 'drop' }, { kind: 'status', status: 500 }, { kind: 'hang' }];

describe('Bot API faults', () => {
  let api: StubApi;
  let bot: BotProcess;
  let outageUntil = 0;
  let outageFaults = 0;
  const firstSendSeen = new Set<number>();
  const sendsTo = (chat: number) => api.sent.filter((s) => s.method === 'sendMessage' && s.chatId === chat).length;

  beforeAll(async () => {
    api = await startStubApi();
    api.fault = (method, payload) => {
      if (method === 'getUpdates') return Date.now() < outageUntil ? POLL_FAULTS[outageFaults++ % POLL_FAULTS.length] : undefined;
      if (method !== 'sendMessage') return undefined;
      const chat = Number(payload.chat_id);
      if (firstSendSeen.has(chat)) return undefined;
      firstSendSeen.add(chat);
      return SEND_FAULTS[chat % SEND_FAULTS.length];
    };
    // API_TIMEOUT_SECONDS=4: a hung call is abandoned after 4 s (long polls ask for 2 s).
    bot = await startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      SESSION_STORE: 'memory',
      API_TIMEOUT_SECONDS: '4',
      OUTBOUND_GLOBAL_PER_SECOND: '0',
    });
  }, 40_000);

  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await api?.close();
  });

  it('answers every question exactly once through 429, 500, HTML 502, drops, slow calls and timeouts', async () => {
    const chats = Array.from({ length: 12 }, (_, i) => 7000 + i);
    for (const chat of chats) api.push(privateQuestion(chat, 1, 'What did Trump say?'));
    await until(() => chats.every((c) => sendsTo(c) >= 1), 'an answer in every chat', 40_000);
    // Long enough for a duplicate from a late retry to show up.
    await new Promise((r) => setTimeout(r, 2000));
    expect(chats.map(sendsTo)).toEqual(chats.map(() => 1));
    for (const s of api.sent) expect(s.text).toContain('<blockquote>');
    const kinds = [...api.injected.keys()].filter((k) => k.endsWith('sendMessage')).sort();
    expect(kinds).toEqual([
      'drop sendMessage',
      'hang sendMessage',
      'slow sendMessage',
      'status:429 sendMessage',
      'status:500 sendMessage',
      'status:502:html sendMessage',
    ]);
  }, 60_000);

  it(
    `answers questions sent while getUpdates fails for ${OUTAGE_MS / 1000} s exactly once after it recovers`,
    async () => {
      outageUntil = Date.now() + OUTAGE_MS;
      // The long poll already waiting at the stub (2 s) ends first; every poll after it fails.
      await new Promise((r) => setTimeout(r, 2500));
      const chats = Array.from({ length: 6 }, (_, i) => 8000 + i * SEND_FAULTS.length); // all meet a 429 on the first send
      for (const chat of chats) api.push(privateQuestion(chat, 1, 'Will Ukraine join NATO?'));
      await until(() => chats.every((c) => sendsTo(c) >= 1), 'answers after the outage', OUTAGE_MS + 30_000);
      const recoveredIn = Date.now() - outageUntil;
      await new Promise((r) => setTimeout(r, 2000));
      expect(chats.map(sendsTo)).toEqual(chats.map(() => 1));
      // Nothing was answered during the outage, and recovery took seconds, not minutes.
      expect(recoveredIn).toBeGreaterThanOrEqual(0);
      expect(recoveredIn).toBeLessThan(10_000);
      const logs = bot.logLines();
      expect(logs.filter((l) => l.msg === 'getUpdates failing: retrying every second')).toHaveLength(1);
      expect(logs.filter((l) => l.msg === 'getUpdates works again')).toHaveLength(1);
      // The stub really failed the polls, in at least three different ways.
      expect(outageFaults).toBeGreaterThanOrEqual(3);
      expect([...api.injected.keys()].filter((k) => k.endsWith('getUpdates')).length).toBeGreaterThanOrEqual(3);
    },
    OUTAGE_MS + 60_000,
  );

  it('never writes the token, and writes only JSON log lines', () => {
    const all = bot.output.join('');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(encodeURIComponent(TOKEN));
    expect(all).not.toContain(TOKEN.split(':')[1]);
    // Every line is one JSON object: nothing printed around the logger (e.g. the runner's console.error).
    expect(() => bot.logLines()).not.toThrow();
  });
});
