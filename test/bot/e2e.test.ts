/**
 * End to end: the bot process polling telegram-test-api over HTTP, driven by test users. It runs twice:
 * with the real entry point and engine (`node --import tsx src/main.ts`; skipped until src/engine.ts
 * loads the knowledge), and with the fake engine (test/bot/fixtures/fake-main.ts), which always runs.
 *
 * telegram-test-api quirks this test lives with (see docs/telegram-platform notes): getUpdates ignores
 * offsets (every unread update is delivered once), methods it lacks (setMyCommands) answer 500,
 * getMe's username is TestNameBot, messages carry no entities unless we add them, and nothing
 * enforces privacy mode, so group silence is the bot's own doing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import telegramTestApi from 'telegram-test-api';
import type { TelegramServer as Server } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loose } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = '987654321:AAE2eTestTokenNotRealxxxxxxxxxxxxxxx';
const BOT = 'TestNameBot';
const LABEL = /<b>\[\d+(?:\.\d+)?\]<\/b>/;

/** Whether the real engine can load its knowledge yet (it is being built alongside the bot). */
async function engineReady(): Promise<boolean> {
  try {
    const { loadEngine } = await import('../../src/engine.js');
    return loadEngine().stories.length > 0;
  } catch {
    return false;
  }
}

// The package sets module.exports to the class; TypeScript's CommonJS interop types it as a namespace.
const TelegramServer = telegramTestApi as unknown as typeof Server;
type BotMessage = { messageId: number; message: { chat_id: number | string; text: string; reply_markup?: Loose; reply_parameters?: Loose } };

/** The bot process, with its stderr kept for failure messages. */
interface Running {
  readonly child: ChildProcess;
  readonly stderr: string[];
  readonly exited: Promise<number | null>;
}

function startBot(main: string, apiRoot: string, dataDir: string, extraEnv: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SESSION_STORE: 'file',
      WEBHOOK_URL: '',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${stderr.join('')}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.join('').includes('listening for updates')) {
        clearTimeout(timer);
        resolve({ child, stderr, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited with ${code} before starting:\n${stderr.join('')}`));
    });
  });
}

/** Stops a bot still running (SIGTERM) and waits for it to exit. */
async function stopBot(bot: Running | undefined): Promise<void> {
  if (bot === undefined || bot.child.exitCode !== null) return;
  bot.child.kill('SIGTERM');
  await bot.exited;
}

async function until<T>(check: () => T | undefined, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The operator (ADMIN_USER_IDS) in the end-to-end runs. */
const OPERATOR = 506;

const SUITES = [
  { name: 'the real engine (src/main.ts)', main: 'src/main.ts', enabled: await engineReady() },
  { name: 'the fake engine', main: 'test/bot/fixtures/fake-main.ts', enabled: true },
];

describe.each(SUITES)('end to end with $name', ({ main, enabled }) => {
  if (!enabled) return void it.skip('needs src/engine.ts to load knowledge/', () => {});
  let server: Server;
  let bot: Running;
  const dataDir = mkdtempSync(join(tmpdir(), 'sanad-e2e-'));
  // Below the ephemeral range (32768 and up), where other tests' connections take their ports.
  const port = 20_000 + Math.floor(Math.random() * 12_000);

  const messagesIn = (chatId: number): BotMessage[] =>
    (server.storage.botMessages as unknown as BotMessage[]).filter((m) => Number(m.message.chat_id) === chatId);

  /** Sends a user update and waits for the bot's next message in that chat. */
  const exchange = async (chatId: number, send: () => Promise<unknown>): Promise<BotMessage> => {
    const before = messagesIn(chatId).length;
    await send();
    return until(() => messagesIn(chatId)[before], `a reply in chat ${chatId}`);
  };

  beforeAll(async () => {
    server = new TelegramServer({ port, host: 'localhost', storeTimeout: 600 });
    await server.start();
    bot = await startBot(main, server.config.apiURL, dataDir, { ADMIN_USER_IDS: String(OPERATOR) });
  }, 40_000);

  afterAll(async () => {
    await stopBot(bot);
    await server?.stop();
  });

  const alice = () => server.getClient(TOKEN, { chatId: 501, userId: 501, type: 'private', firstName: 'Alice', userName: 'alice' });
  const group = () => server.getClient(TOKEN, { chatId: -502, userId: 503, type: 'group', firstName: 'Bob', userName: 'bob', chatTitle: 'club' });

  it('answers a private question with a cited quote, then pages on with "more"', async () => {
    const client = alice();
    const first = await exchange(501, () => client.sendMessage(client.makeMessage('What did Trump say?')));
    expect(first.message.text).toMatch(LABEL);
    expect(first.message.text).toContain('<blockquote>');
    expect(first.message.text).toContain('BBC');
    const more = await exchange(501, () => client.sendMessage(client.makeMessage('more')));
    expect(more.message.text).toMatch(LABEL);
    expect(more.message.text).not.toBe(first.message.text);
  });

  it('answers an Arabic question in Arabic', async () => {
    const client = server.getClient(TOKEN, { chatId: 504, userId: 504, type: 'private', firstName: 'Sami', userName: 'sami' });
    const reply = await exchange(504, () => client.sendMessage(client.makeMessage('ماذا قال زيلنسكي؟')));
    expect(reply.message.text).toMatch(LABEL);
    expect(reply.message.text).toContain('المصدر');
  });

  it('says the story does not say for an out-of-scope question', async () => {
    const client = alice();
    const reply = await exchange(501, () => client.sendMessage(client.makeMessage('What is the capital of Peru?')));
    expect(reply.message.text).toMatch(/does not (say|mention)/);
    expect(reply.message.text).not.toContain('<blockquote>');
  });

  it('answers a Context button press under an answer', async () => {
    const client = alice();
    const answer = await exchange(501, () => client.sendMessage(client.makeMessage('Will Ukraine join NATO?')));
    const context = answer.message.reply_markup.inline_keyboard.flat().find((b: Loose) => String(b.callback_data).startsWith('c:'));
    const reply = await exchange(501, () =>
      client.sendCallback(client.makeCallbackQuery(context.callback_data, { message: { message_id: answer.messageId } })),
    );
    expect(reply.message.text).toContain('▶');
    expect(reply.message.text).toMatch(LABEL);
  });

  it('stays silent in a group until addressed by /ask, /ask@bot or a mention', async () => {
    const client = group();
    await client.sendMessage(client.makeMessage('What did Trump say?'));
    await client.sendCommand(client.makeCommand('/ask@OtherBot What did Trump say?'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(messagesIn(-502)).toHaveLength(0);

    const ask = await exchange(-502, () => client.sendCommand(client.makeCommand('/ask Will Ukraine join NATO?')));
    expect(ask.message.text).toMatch(LABEL);
    expect(ask.message.reply_parameters?.message_id).toBeGreaterThan(0);
    const askAt = await exchange(-502, () => client.sendCommand(client.makeCommand(`/ask@${BOT} Will Ukraine join NATO?`)));
    expect(askAt.message.text).toMatch(LABEL);
    const mention = `@${BOT} Will Ukraine join NATO?`;
    const mentioned = await exchange(-502, () =>
      client.sendMessage(client.makeMessage(mention, { entities: [{ type: 'mention', offset: 0, length: BOT.length + 1 }] })),
    );
    expect(mentioned.message.text).toMatch(LABEL);
  });

  it('lets an operator add a story by pasting it, and a user ask about it at once', async () => {
    const editor = server.getClient(TOKEN, { chatId: OPERATOR, userId: OPERATOR, type: 'private', firstName: 'Ed', userName: 'editor' });
    const start = await exchange(OPERATOR, () => editor.sendCommand(editor.makeCommand('/addstory')));
    expect(start.message.text).toContain('Send me the article');
    const got = await exchange(OPERATOR, () =>
      editor.sendMessage(editor.makeMessage('Quarry reopens in Dunmore\nThe Dunmore quarry will reopen in June with 85 new jobs, the owners said.')),
    );
    expect(got.message.text).toContain('2 paragraphs so far');
    const card = await exchange(OPERATOR, () => editor.sendCommand(editor.makeCommand('/done')));
    expect(card.message.text).toContain('Quarry reopens in Dunmore');
    const add = (card.message.reply_markup.inline_keyboard as Loose[][]).flat().find((b) => String(b.callback_data).endsWith(':add'));
    const report = await exchange(OPERATOR, () =>
      editor.sendCallback(editor.makeCallbackQuery(add.callback_data, { message: { message_id: card.messageId } })),
    );
    expect(report.message.text).toContain('It can be asked about now');

    const reader = server.getClient(TOKEN, { chatId: 507, userId: 507, type: 'private', firstName: 'Rae', userName: 'rae' });
    const answer = await exchange(507, () => reader.sendMessage(reader.makeMessage('How many jobs will the Dunmore quarry bring?')));
    expect(answer.message.text).toContain('reopen in June');
    expect(answer.message.text).toMatch(LABEL);
    // The reader, who is no operator, cannot start the same flow.
    const refused = await exchange(507, () => reader.sendCommand(reader.makeCommand('/addstory')));
    expect(refused.message.text).toContain("I don't know that command");
  });

  it('stops on SIGTERM with exit 0, and keeps the conversation across a restart', async () => {
    const client = server.getClient(TOKEN, { chatId: 505, userId: 505, type: 'private', firstName: 'Cy', userName: 'cy' });
    const first = await exchange(505, () => client.sendMessage(client.makeMessage('What did Trump say?')));
    expect(first.message.text).toMatch(LABEL);

    const started = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(bot.stderr.join('')).not.toContain(TOKEN);

    bot = await startBot(main, server.config.apiURL, dataDir, { ADMIN_USER_IDS: String(OPERATOR) });
    // "more" only has answers if the previous question survived in the session file.
    const more = await exchange(505, () => client.sendMessage(client.makeMessage('more')));
    expect(more.message.text).toMatch(LABEL);
    expect(bot.stderr.join('')).not.toContain(TOKEN);
  }, 60_000);
});

describe('end to end: webhook mode (fake engine)', () => {
  let server: Server;
  let bot: Running | undefined;
  // Below the ephemeral range (32768 and up), where other tests' connections take their ports.
  const apiPort = 20_000 + Math.floor(Math.random() * 12_000);
  const hookPort = apiPort + 1;
  const secret = 'e2e_secret-123';
  const update = (id: number, text: string) => ({
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      text,
      chat: { id: 601, type: 'private', first_name: 'W' },
      from: { id: 601, is_bot: false, first_name: 'W', language_code: 'en' },
    },
  });
  const post = (body: unknown, headers: Record<string, string>) =>
    fetch(`http://localhost:${hookPort}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    server = new TelegramServer({ port: apiPort, host: 'localhost', storeTimeout: 600 });
    await server.start();
    bot = await startBot('test/bot/fixtures/fake-main.ts', server.config.apiURL, mkdtempSync(join(tmpdir(), 'sanad-hook-')), {
      WEBHOOK_URL: 'https://bot.example.invalid/hook',
      WEBHOOK_SECRET: secret,
      PORT: String(hookPort),
    });
  }, 40_000);

  afterAll(async () => {
    await stopBot(bot);
    await server?.stop();
  });

  it('rejects a request without the secret, answers one with it, and stops on SIGTERM', async () => {
    const sent = () => (server.storage.botMessages as unknown as BotMessage[]).filter((m) => Number(m.message.chat_id) === 601);
    expect((await post(update(1, 'Will Ukraine join NATO?'), {})).status).toBe(401);
    expect((await post(update(2, 'Will Ukraine join NATO?'), { 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
    expect(sent()).toHaveLength(0);

    expect((await post(update(3, 'Will Ukraine join NATO?'), { 'X-Telegram-Bot-Api-Secret-Token': secret })).status).toBe(200);
    const reply = await until(() => sent()[0], 'the webhook reply');
    expect(reply.message.text).toContain('<b>[3.1]</b>');

    bot?.child.kill('SIGTERM');
    expect(await bot?.exited).toBe(0);
  });
});
