/**
 * Abuse and security: webhook requests without the secret, too large or not POST; one user or one
 * group flooding the bot; inline-query floods; user text trying to forge log lines; the token in
 * errors. Each asserts the exact calls made and the exact log output.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/index.js';
import { MAX_WEBHOOK_BYTES, webhookListener } from '../../src/bot/main.js';
import { memoryRateLimitStore } from '../../src/bot/middlewares/rate-limit.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { Engine } from '../../src/types.js';
import { createFakeEngine } from '../bot/fake-engine.js';
import { ALICE, createHarness, GROUP, type Loose, ME, message, SAMI, TOKEN, textMessage } from '../bot/harness.js';

const SECRET = 'hardening_webhook-secret';

describe('webhook', () => {
  let server: Server;
  let port = 0;
  const calls: string[] = [];
  beforeAll(async () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      SESSION_STORE: 'memory',
      LOG_LEVEL: 'silent',
      WEBHOOK_URL: 'https://x.example/hook',
      WEBHOOK_SECRET: SECRET,
    });
    const { bot } = createBot({ config, logger: createLogger(config, () => {}), engine: createFakeEngine() }, { botConfig: { botInfo: ME } });
    bot.api.config.use(async (_prev, method, payload) => {
      calls.push(method);
      const p = payload as Loose;
      return {
        ok: true,
        result: method === 'sendMessage' ? { message_id: 1, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text } : true,
      } as Loose;
    });
    server = createServer(
      webhookListener(
        bot,
        config,
        createLogger(config, () => {}),
      ),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const post = (body: string | Buffer, headers: Record<string, string> = {}, method = 'POST', path = '/hook') =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  const update = (id: number) => JSON.stringify({ update_id: id, ...message('What did Trump say?') });

  it('refuses a missing or wrong secret with 401 and handles nothing', async () => {
    expect(await post(update(1))).toBe(401);
    expect(await post(update(2), { 'x-telegram-bot-api-secret-token': 'wrong' })).toBe(401);
    expect(await post(update(3), { 'x-telegram-bot-api-secret-token': `${SECRET}x` })).toBe(401);
    expect(calls).toEqual([]);
  });

  it('takes only POST (405), on its own path only (404), and bodies up to the limit (413)', async () => {
    const ok = { 'x-telegram-bot-api-secret-token': SECRET };
    expect(await post('', ok, 'GET')).toBe(405);
    expect(await post(update(4), ok, 'PUT')).toBe(405);
    expect(await post(update(5), ok, 'POST', '/other')).toBe(404);
    expect(await post(Buffer.alloc(MAX_WEBHOOK_BYTES + 1, 'a'), ok)).toBe(413);
    // Chunked, with no content-length to check up front.
    expect(await post(Buffer.alloc(MAX_WEBHOOK_BYTES * 2, 'a'), { ...ok, 'transfer-encoding': 'chunked' })).toBe(413);
    expect(await post('{"not":"an update"', ok)).toBe(400);
    expect(calls).toEqual([]);
  });

  it('answers a valid update once', async () => {
    expect(await post(update(6), { 'x-telegram-bot-api-secret-token': SECRET })).toBe(200);
    expect(calls.filter((m) => m === 'sendMessage')).toHaveLength(1);
  });
});

describe('flood limits', () => {
  it('gives a flooding user exactly the limit plus one notice, and another user is still answered', async () => {
    const h = createHarness({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    for (let i = 0; i < 50; i++) await h.send(message(`What did Trump say? ${i}`));
    const sent = h.only('sendMessage').map((c) => String(c.payload.text));
    expect(sent.filter((t) => t.includes('<blockquote>'))).toHaveLength(5);
    expect(sent.filter((t) => t.includes('sending messages quickly'))).toHaveLength(1);
    expect(sent).toHaveLength(6);
    h.clear();
    await h.send(message('What did Trump say?', { from: SAMI }));
    expect(h.only('sendMessage')).toHaveLength(1);
  });

  it('limits a group as a whole: many members cannot make it exceed the group limit', async () => {
    const h = createHarness({ env: { CHAT_RATE_LIMIT_PER_MINUTE: '4' } });
    for (let i = 0; i < 30; i++) await h.send(message('/ask What did Trump say?', { chat: GROUP, from: { ...ALICE, id: 20_000 + i } }));
    const sent = h.only('sendMessage').map((c) => String(c.payload.text));
    expect(sent.filter((t) => t.includes('<blockquote>'))).toHaveLength(4);
    expect(sent.filter((t) => t.includes('sending messages quickly'))).toHaveLength(1);
    h.clear();
    // Another group, and private chats, are unaffected.
    await h.send(message('/ask What did Trump say?', { chat: { ...GROUP, id: -100888 }, from: { ...ALICE, id: 20_001 } }));
    await h.send(message('What did Trump say?', { from: SAMI }));
    expect(h.only('sendMessage')).toHaveLength(2);
  });

  it('forgets idle users once more than 10,000 are tracked, walking the table at most once a second', async () => {
    const store = memoryRateLimitStore(5, 60_000);
    for (let user = 1; user <= 10_001; user++) await store.hit(user, 0);
    expect(store.size).toBe(10_001);
    // Over the bound: this hit walks the table, but nobody has been idle for a whole window yet.
    expect(await store.hit(20_001, 59_500)).toBe('allow');
    expect(store.size).toBe(10_002);
    // The first 10,001 are now idle, but the last walk was under a second ago: no walk on this hit.
    await store.hit(20_002, 60_200);
    expect(store.size).toBe(10_003);
    // A second later the walk forgets them; the three recent users stay, with their counts.
    await store.hit(20_003, 60_600);
    expect(store.size).toBe(3);
    for (let i = 0; i < 4; i++) await store.hit(20_001, 60_700);
    expect(await store.hit(20_001, 60_800)).toBe('notice');
  });

  it('rate-limits inline queries per user: every query answered, the engine only asked up to the limit', async () => {
    let asked = 0;
    const fake = createFakeEngine();
    const engine: Engine = {
      ...fake,
      stories: fake.stories,
      ask: (...args) => {
        asked++;
        return fake.ask(...args);
      },
    };
    const h = createHarness({ engine, env: { INLINE_RATE_LIMIT_PER_MINUTE: '10' } });
    for (let i = 0; i < 100; i++) await h.send({ inline_query: { id: `q${i}`, from: ALICE, query: `Trump ${i}`, offset: '' } } as Loose);
    const answers = h.only('answerInlineQuery');
    expect(answers).toHaveLength(100);
    expect(answers.filter((a) => (a.payload.results as unknown[]).length > 0)).toHaveLength(10);
    expect(asked).toBe(10);
    await h.send({ inline_query: { id: 'other', from: SAMI, query: 'Trump', offset: '' } } as Loose);
    expect((h.only('answerInlineQuery').at(-1)?.payload.results as unknown[] | undefined)?.length).toBeGreaterThan(0);
  });
});

describe('logs', () => {
  it('keeps user text from forging log lines and the token out of logged errors', async () => {
    const forged = 'boom\n{"level":60,"msg":"forged","app":"sanad"}\r\n\u2028{"level":60,"msg":"forged2"}';
    const fake = createFakeEngine();
    const engine: Engine = {
      ...fake,
      stories: fake.stories,
      ask: (q, ...rest) => {
        // A failure whose message holds user text and a request URL with the token in it.
        if (q.startsWith('boom')) throw new Error(`${q} at https://api.telegram.org/bot${TOKEN}/sendMessage (${encodeURIComponent(TOKEN)})`);
        return fake.ask(q, ...rest);
      },
    };
    const h = createHarness({ engine, env: { LOG_LEVEL: 'info' } });
    await h.send(message(forged));
    await h.send(message('What did Trump say?'));
    // The user got the apology, then the next answer: the handler failure cost one update, nothing more.
    const sent = h.only('sendMessage').map((c) => String(c.payload.text));
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('something went wrong');
    expect(sent[1]).toContain('<blockquote>');
    const lines = h.logs
      .join('')
      .split('\n')
      .filter((l) => l !== '');
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.filter((l) => l.msg === 'forged' || l.msg === 'forged2')).toEqual([]);
    const failures = parsed.filter((l) => l.msg === 'failed to handle update');
    expect(failures).toHaveLength(1);
    expect(failures[0].err.message).toContain('"msg":"forged"');
    expect(h.logs.join('')).not.toContain(TOKEN);
    expect(h.logs.join('')).not.toContain(encodeURIComponent(TOKEN));
    expect(h.logs.join('')).toContain('[BOT_TOKEN]');
  });

  it('does not crash on a group message whose mention entity points past the text', async () => {
    const h = createHarness();
    const msg = { ...textMessage('@SanadTestBot hi', { chat: GROUP }), entities: [{ type: 'mention', offset: 500, length: 40 }] };
    await h.send({ message: msg } as Loose);
    expect(h.logs.filter((l) => l.includes('failed to handle update'))).toEqual([]);
  });
});
