/**
 * Webhook mode with the journal: Telegram's request is answered as soon as the update is journaled,
 * before the (paced, possibly retried) reply goes out, so Telegram never times out and sends the
 * update again; and when it does send it again (a redelivery), it is answered once.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelivery } from '../../src/bot/delivery.js';
import { createBot } from '../../src/bot/index.js';
import { createFileJournal } from '../../src/bot/journal.js';
import { journaledReceiver, webhookListener } from '../../src/bot/main.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createFakeEngine } from './fake-engine.js';
import { type Loose, ME, message, TOKEN } from './harness.js';

const SECRET = 'journal_webhook-secret';

describe('webhook with the journal', () => {
  let server: Server;
  let port = 0;
  const sends: number[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const journal = createFileJournal({
    file: join(mkdtempSync(join(tmpdir(), 'sanad-webhook-')), 'journal.jsonl'),
    logger: createLogger({ logLevel: 'silent', botToken: '' }),
  });

  beforeAll(async () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      SESSION_STORE: 'memory',
      LOG_LEVEL: 'silent',
      WEBHOOK_URL: 'https://x.example/hook',
      WEBHOOK_SECRET: SECRET,
    });
    const logger = createLogger(config, () => {});
    await journal.open();
    let delivery: ReturnType<typeof createDelivery> | undefined;
    const { bot } = createBot(
      { config, logger, engine: createFakeEngine() },
      { botConfig: { botInfo: ME }, onUnfinished: (id, reason) => delivery?.unfinished(id, reason) },
    );
    delivery = createDelivery({ handleUpdate: (u) => bot.handleUpdate(u), journal, logger });
    // Every reply waits until the test releases it: a chat's pacing, or a slow Bot API.
    bot.api.config.use(async (_prev, method, payload) => {
      const p = payload as Loose;
      if (method === 'sendMessage') {
        await gate;
        sends.push(p.chat_id);
      }
      return {
        ok: true,
        result: method === 'sendMessage' ? { message_id: 1, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text } : true,
      } as Loose;
    });
    server = createServer(
      webhookListener(
        bot,
        config,
        logger,
        journaledReceiver(bot, journal, delivery, logger, () => false),
      ),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/hook', method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('answers Telegram at once, before the reply is sent, and answers a redelivery once', async () => {
    const body = JSON.stringify({ update_id: 900, ...message('What did Trump say?') });
    expect(await post(body)).toBe(200);
    // Telegram has its 200 while the reply still waits.
    expect(sends).toEqual([]);
    expect(journal.depth()).toBe(1);
    // Telegram sends it again (say its request had timed out): acknowledged, not handled again.
    expect(await post(body)).toBe(200);
    release();
    await new Promise((r) => setTimeout(r, 100));
    expect(sends).toHaveLength(1);
    expect(journal.depth()).toBe(0);
    // And once handled, a later redelivery is not answered either.
    expect(await post(body)).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(sends).toHaveLength(1);
  });
});
