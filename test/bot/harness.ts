/**
 * Offline test harness: the real bot from createBot, a fake engine, and a stubbed Bot API that records
 * every call and answers like Telegram would. Updates are built like Telegram builds them, entities
 * included, and fed to bot.handleUpdate.
 */
import type { StorageAdapter } from 'grammy';
import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';
import type { SessionData } from '../../src/bot/context.js';
import type { FetchFile } from '../../src/bot/features/addstory.js';
import { createBot } from '../../src/bot/index.js';
import type { StoryLibrary } from '../../src/bot/story-library.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { Engine } from '../../src/types.js';
import { createFakeEngine } from './fake-engine.js';

/**
 * Recorded Bot API payloads and hand-built updates are loose JSON: tests read fields by path and
 * assert on them, which is the point; typing every payload would only restate the Bot API.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Loose = any;

/** A syntactically valid token that is not real. */
export const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghijk';

/** The bot's identity, as getMe would return it. */
export const ME: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Sanad',
  username: 'SanadTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
} as UserFromGetMe;

/** A recorded Bot API call. */
export interface Call {
  readonly method: string;
  readonly payload: Record<string, Loose>;
}

/** Users and chats for tests. */
export const ALICE: User = { id: 1001, is_bot: false, first_name: 'Alice <A&B>', language_code: 'en' };
export const SAMI: User = { id: 1002, is_bot: false, first_name: 'سامي', language_code: 'ar' };
export const NOLANG: User = { id: 1003, is_bot: false, first_name: 'Nobody' };
export const GROUP: Chat.SupergroupChat = { id: -100777, type: 'supergroup', title: 'News club' };

/** Options for `createHarness`. */
export interface HarnessOptions {
  readonly engine?: Engine;
  readonly env?: Record<string, string>;
  readonly storage?: StorageAdapter<SessionData>;
  /** Makes these methods fail with the given Telegram error. */
  readonly failing?: Readonly<Record<string, { error_code: number; description: string }>>;
  /** Answers for other methods (getChatMember, getFile …): the `result` to return, or undefined for `true`. */
  readonly respond?: (method: string, payload: Record<string, Loose>) => unknown;
  /** Stories added from Telegram; default: a library over the engine, in memory. */
  readonly library?: StoryLibrary;
  /** Downloads of files Telegram stores (an operator's .txt). */
  readonly fetchFile?: FetchFile;
}

/** A bot under test. */
export interface Harness {
  readonly calls: Call[];
  readonly config: Config;
  readonly logs: string[];
  readonly logger: Logger;
  /** Feeds one update; resolves when the bot is done with it. */
  send(update: Omit<Update, 'update_id'>): Promise<void>;
  /** Calls of one method. */
  only(method: string): Call[];
  /** Forgets the recorded calls. */
  clear(): void;
}

/** Creates a bot with a recording API and the fake engine. */
export function createHarness(options: HarnessOptions = {}): Harness {
  const config = loadConfig({ BOT_TOKEN: TOKEN, SESSION_STORE: 'memory', LOG_LEVEL: 'warn', ...options.env });
  const logs: string[] = [];
  const logger = createLogger(config, (line) => void logs.push(line));
  const engine = options.engine ?? createFakeEngine();
  const clock = { now: 1_700_000_000_000 };
  const { bot } = createBot(
    { config, logger, engine },
    { botConfig: { botInfo: ME }, storage: options.storage, now: () => clock.now, library: options.library, fetchFile: options.fetchFile },
  );
  const calls: Call[] = [];
  let messageId = 5000;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, Loose>;
    calls.push({ method, payload: p });
    const failure = options.failing?.[method];
    if (failure !== undefined) return { ok: false, ...failure } as Loose;
    if (method === 'sendMessage') {
      const chat = { id: p.chat_id, type: p.chat_id > 0 ? 'private' : 'supergroup' };
      return { ok: true, result: { message_id: ++messageId, date: 0, chat, text: p.text, from: ME } } as Loose;
    }
    const result = options.respond?.(method, p);
    return { ok: true, result: result ?? true } as Loose;
  });
  let updateId = 0;
  return {
    calls,
    config,
    logs,
    logger,
    send: (update) => bot.handleUpdate({ update_id: ++updateId, ...update } as Update),
    only: (method) => calls.filter((c) => c.method === method),
    clear: () => void calls.splice(0),
  };
}

/** Chats a message update can come from (channel posts are separate updates). */
export type MessageChat = Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat;

/** Options for building a message. */
export interface MessageOptions {
  readonly from?: User;
  readonly chat?: MessageChat;
  readonly id?: number;
  readonly replyTo?: Message;
  readonly thread?: number;
}

let nextMessageId = 1;

/**
 * A text message as Telegram delivers it: a bot_command entity for a leading "/cmd", and a mention
 * entity for each "@name".
 */
export function textMessage(text: string, options: MessageOptions = {}): Message.TextMessage & { chat: MessageChat; from: User } {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? ({ id: from.id, type: 'private', first_name: from.first_name } as Chat.PrivateChat);
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,}/g)) entities.push({ type: 'mention', offset: m.index ?? 0, length: m[0].length });
  return {
    message_id: options.id ?? nextMessageId++,
    date: 1_700_000_000,
    chat,
    from,
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(options.replyTo !== undefined ? { reply_to_message: options.replyTo as Loose } : {}),
    ...(options.thread !== undefined ? { message_thread_id: options.thread, is_topic_message: true } : {}),
  } as Message.TextMessage & { chat: MessageChat; from: User };
}

/** A message update. */
export function message(text: string, options: MessageOptions = {}): Omit<Update, 'update_id'> {
  return { message: textMessage(text, options) };
}

/** A button press on a message the bot sent. */
export function press(data: string, options: { from?: User; chat?: Chat; messageId?: number } = {}): Omit<Update, 'update_id'> {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? ({ id: from.id, type: 'private', first_name: from.first_name } as Chat.PrivateChat);
  return {
    callback_query: {
      id: `cb${nextMessageId++}`,
      from,
      chat_instance: 'ci',
      data,
      message: { message_id: options.messageId ?? 5001, date: 0, chat, from: ME, text: 'answer' } as Message.TextMessage,
    },
  };
}

/** Strips tags and decodes Telegram's HTML entities: what the user sees. */
export function visible(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

/** The texts of the bot's sendMessage calls. */
export function sentTexts(h: Harness): string[] {
  return h.only('sendMessage').map((c) => String(c.payload.text));
}
