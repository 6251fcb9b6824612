/**
 * /addstory: an operator (ADMIN_USER_IDS) adds a story from a private chat, no shell and no restart.
 *
 * 1. /addstory, then the article: a .txt document, or pasted text over several messages ended by /done.
 * 2. A confirmation card: title (first line, proposed), language (detected), source; buttons change
 *    them, or a plain reply sets a new title.
 * 3. Add: the engine validates and indexes the story, the library saves and announces it to the other
 *    instances, and the operator gets the report (sentences, names, numbers, words not bridged).
 * /cancel stops at any point. The story in progress is kept in the story store, not the session, so
 * it may be long and the next message may reach another instance.
 *
 * Everyone else never sees any of it: for a non-operator these commands fall through to "unknown
 * command", exactly like a command that does not exist, and a forged button gets the answer any
 * unknown button gets.
 */
import { Composer } from 'grammy';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import { escapeHtml, isolate, line } from '../../answer/telegram.js';
import { decodeArticle, headlineOf } from '../../knowledge/draft.js';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGES } from '../../text/languages.js';
import type { Lang, StoryDraft, StoryReport } from '../../types.js';
import { decodePress, encodePress, PRESS_PATTERNS } from '../callback-data.js';
import type { BotContext, BotDeps } from '../context.js';
import { type I18n, uiLang } from '../i18n.js';
import { editHtml, sendPages } from '../reply.js';
import { StoryChangeError } from '../story-library.js';

/** Largest .txt accepted: a long article is 50-100 KB of Arabic; more is not one story. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Most characters of pasted text kept; the engine applies its own (stricter) limit on adding. */
export const MAX_PASTED_CHARS = 400_000;
/** A proposed title (the article's first line) is cut to this many characters. */
const TITLE_CHARS = 150;
/** Names, numbers and words listed per line of the report; the rest is counted. */
const REPORT_ITEMS = 40;

/** An operator's story in progress, as kept in the story store. */
export interface PendingStory {
  /** Ties buttons to this story in progress: a button from an earlier one is stale. */
  readonly flow: number;
  /** What the next plain message is: more article text, a new title, or the source. */
  step: 'text' | 'confirm' | 'title' | 'source';
  /** The article so far, one entry per message or file. */
  parts: string[];
  title?: string;
  language?: Lang;
  source?: string;
}

/** Fetches a file Telegram stores, by its file_path (tests replace it). */
export type FetchFile = (filePath: string) => Promise<Uint8Array>;

/** Whether the sender is an operator. */
export function isOperator(deps: Pick<BotDeps, 'config'>, ctx: BotContext): boolean {
  const id = ctx.from?.id;
  return id !== undefined && deps.config.adminUserIds.includes(id);
}

/** Splits an HTML text with several lines into direction-marked lines. */
export function lines(lang: Lang, html: string): string {
  return html
    .split('\n')
    .map((text) => (text === '' ? '' : line(lang, text)))
    .join('\n');
}

/** Handles /addstory, /done, /cancel, the article's messages and file, and the confirmation buttons. */
export function addStoryFeature(deps: BotDeps, options: { fetchFile?: FetchFile } = {}): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { i18n, library } = deps;
  const fetchFile = options.fetchFile ?? telegramFileFetcher(deps.config.apiRoot, deps.config.botToken);
  const privateChat = composer.chatType('private');

  const langOf = async (ctx: BotContext): Promise<Lang> => uiLang((await ctx.session).lang, ctx.from);
  const say = async (ctx: BotContext, key: Parameters<I18n['html']>[1], vars?: Readonly<Record<string, string | number>>) => {
    const lang = await langOf(ctx);
    await sendPages(ctx, [lines(lang, i18n.html(lang, key, vars))]);
  };
  const pendingOf = (ctx: BotContext) => library.pending.get<PendingStory>(ctx.from?.id ?? 0);
  const save = (ctx: BotContext, pending: PendingStory) => library.pending.set(ctx.from?.id ?? 0, pending);

  privateChat.command('addstory', async (ctx, next) => {
    if (!isOperator(deps, ctx)) return next();
    const pending: PendingStory = { flow: Math.floor(deps.now() / 1000) % 1e9, step: 'text', parts: [] };
    await save(ctx, pending);
    await say(ctx, 'addstory.start');
  });

  privateChat.command('cancel', async (ctx, next) => {
    if (!isOperator(deps, ctx) || (await pendingOf(ctx)) === undefined) return next();
    await library.pending.delete(ctx.from.id);
    await say(ctx, 'addstory.cancelled');
  });

  privateChat.command('done', async (ctx, next) => {
    const pending = isOperator(deps, ctx) ? await pendingOf(ctx) : undefined;
    if (pending === undefined) return next();
    if (pending.step !== 'text') return sendCard(ctx, pending);
    if (normalize(pending.parts.join('\n')) === '') return say(ctx, 'addstory.empty');
    await confirm(ctx, pending);
  });

  privateChat.on('message:document', async (ctx, next) => {
    const pending = isOperator(deps, ctx) ? await pendingOf(ctx) : undefined;
    if (pending === undefined || pending.step !== 'text') return next();
    const { file_name: name = '', mime_type: mime = '', file_size: size } = ctx.message.document;
    const kb = Math.round(MAX_FILE_BYTES / 1024);
    // Checked before downloading: Telegram says the size and type up front.
    if (!(/\.txt$/i.test(name) || mime === 'text/plain') || (size !== undefined && size > MAX_FILE_BYTES)) return say(ctx, 'addstory.fileRefused', { kb });
    let bytes: Uint8Array;
    try {
      const file = await ctx.getFile();
      if (file.file_path === undefined) throw new Error('Telegram gave no file_path');
      bytes = await fetchFile(file.file_path);
    } catch (error) {
      deps.logger.warn({ err: error, user: ctx.from.id }, 'could not download a story file');
      return say(ctx, 'addstory.downloadFailed');
    }
    if (bytes.byteLength > MAX_FILE_BYTES) return say(ctx, 'addstory.fileRefused', { kb });
    const text = decodeText(bytes);
    if (text === undefined) return say(ctx, 'addstory.fileUnreadable');
    if (normalize(text) === '') return say(ctx, 'addstory.empty');
    // A file is the whole article: it replaces anything pasted before.
    pending.parts = [text];
    await confirm(ctx, pending);
  });

  privateChat.on('message:text', async (ctx, next) => {
    if (ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)) return next();
    const pending = isOperator(deps, ctx) ? await pendingOf(ctx) : undefined;
    if (pending === undefined) return next();
    const text = ctx.message.text;
    if (pending.step === 'text') {
      const total = pending.parts.reduce((sum, p) => sum + p.length, 0) + text.length;
      if (total > MAX_PASTED_CHARS) return say(ctx, 'addstory.tooLong', { kb: Math.round(MAX_PASTED_CHARS / 1024) });
      pending.parts.push(text);
      await save(ctx, pending);
      const lang = await langOf(ctx);
      const count = paragraphsOf(pending.parts.join('\n')).length;
      return sendPages(ctx, [line(lang, i18n.html(lang, 'addstory.received', { count }))]);
    }
    if (pending.step === 'source') pending.source = oneLine(text, TITLE_CHARS);
    // "title", or a plain reply to the card: a new title.
    else pending.title = oneLine(text, TITLE_CHARS) || pending.title;
    pending.step = 'confirm';
    await save(ctx, pending);
    await sendCard(ctx, pending);
  });

  composer.callbackQuery(PRESS_PATTERNS.draft, async (ctx) => {
    const lang = await langOf(ctx);
    const press = decodePress(ctx.callbackQuery.data);
    // Not an operator (a forged or forwarded button): the same answer as any unknown button.
    if (!isOperator(deps, ctx) || ctx.chat?.type !== 'private' || press?.kind !== 'draft') {
      deps.logger.warn({ user: ctx.from.id }, 'story management button pressed by a non-operator; refused');
      return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
    }
    const pending = await pendingOf(ctx);
    if (pending === undefined || pending.flow !== press.flow) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.stale') });
    const message = ctx.callbackQuery.message;
    switch (press.action) {
      case 'title':
      case 'source':
        pending.step = press.action;
        await save(ctx, pending);
        await ctx.answerCallbackQuery();
        return say(ctx, press.action === 'title' ? 'addstory.askTitle' : 'addstory.askSource');
      case 'cancel':
        await library.pending.delete(ctx.from.id);
        await ctx.answerCallbackQuery();
        if (message !== undefined) return editHtml(ctx, message.chat.id, message.message_id, line(lang, i18n.html(lang, 'addstory.cancelled')));
        return;
      case 'add':
        await ctx.answerCallbackQuery();
        return add(ctx, pending, message);
      default: {
        // "lang-<code>": the story is in that language.
        pending.language = LANGUAGE_CODES.find((code) => press.action === `lang-${code}`) ?? DEFAULT_LANGUAGE;
        await save(ctx, pending);
        await ctx.answerCallbackQuery();
        if (message !== undefined) return editHtml(ctx, message.chat.id, message.message_id, card(lang, pending), cardKeyboard(lang, pending));
        return sendCard(ctx, pending);
      }
    }
  });

  /** Fills in the proposals (title, language) and shows the card. */
  const confirm = async (ctx: BotContext, pending: PendingStory) => {
    const text = normalize(pending.parts.join('\n'));
    pending.parts = [text];
    pending.step = 'confirm';
    pending.title ??= oneLine(headlineOf(text), TITLE_CHARS);
    pending.language ??= library.detectLanguage(text);
    await save(ctx, pending);
    await sendCard(ctx, pending);
  };

  const card = (lang: Lang, pending: PendingStory): string =>
    lines(
      lang,
      i18n.html(lang, 'addstory.confirm', {
        title: isolate(`<b>${escapeHtml(pending.title ?? '')}</b>`),
        language: i18n.html(lang, `language.${pending.language ?? DEFAULT_LANGUAGE}`),
        source: pending.source === undefined || pending.source === '' ? i18n.html(lang, 'addstory.noSource') : isolate(escapeHtml(pending.source)),
      }),
    );

  const cardKeyboard = (lang: Lang, pending: PendingStory): InlineKeyboardMarkup => {
    const button = (key: Parameters<I18n['t']>[1], action: Parameters<typeof encodePress>[0] & { kind: 'draft' }, vars?: Record<string, string>) => ({
      text: i18n.t(lang, key, vars),
      callback_data: encodePress(action),
    });
    // The button offers the next language of the registry (with two, the other one).
    const current = LANGUAGE_CODES.indexOf(pending.language ?? DEFAULT_LANGUAGE);
    const other = LANGUAGE_CODES[(current + 1) % LANGUAGE_CODES.length] as Lang;
    const flow = pending.flow;
    return {
      inline_keyboard: [
        [
          button('button.addstory.title', { kind: 'draft', flow, action: 'title' }),
          button('button.addstory.source', { kind: 'draft', flow, action: 'source' }),
        ],
        [button('button.addstory.language', { kind: 'draft', flow, action: `lang-${other}` }, { language: i18n.t(lang, `language.${other}`) })],
        [button('button.addstory.add', { kind: 'draft', flow, action: 'add' }), button('button.addstory.cancel', { kind: 'draft', flow, action: 'cancel' })],
      ],
    };
  };

  const sendCard = async (ctx: BotContext, pending: PendingStory) => {
    const lang = await langOf(ctx);
    await sendPages(ctx, [card(lang, pending)], { keyboard: cardKeyboard(lang, pending) });
  };

  const add = async (ctx: BotContext, pending: PendingStory, message: Message | undefined) => {
    const lang = await langOf(ctx);
    const user = ctx.from?.id ?? 0;
    const draft: StoryDraft = {
      text: normalize(pending.parts.join('\n')),
      ...(pending.title === undefined || pending.title === '' ? {} : { title: pending.title }),
      ...(pending.language === undefined ? {} : { language: pending.language }),
      ...(pending.source === undefined || pending.source === '' ? {} : { source: pending.source }),
    };
    let report: StoryReport;
    try {
      report = await library.add(draft, user);
    } catch (error) {
      if (!(error instanceof StoryChangeError)) throw error;
      const html =
        error.reason === 'draft' ? i18n.html(lang, 'addstory.failed', { problem: escapeHtml(error.problem) }) : i18n.html(lang, 'addstory.storeDown');
      // A bad draft stays pending, so the operator can fix the title or cancel; the card stays as it was.
      return sendPages(ctx, [line(lang, html)]);
    }
    await library.pending.delete(user);
    if (message !== undefined) await editHtml(ctx, message.chat.id, message.message_id, card(lang, pending));
    await sendPages(ctx, [renderReport(i18n, lang, report, deps.numerals(report.info.id))]);
  };

  return composer;
}

/** The operator's report on an added story. */
export function renderReport(i18n: I18n, lang: Lang, report: StoryReport, numerals: 'latn' | 'arab' = 'latn'): string {
  const { info } = report;
  const list = (items: readonly string[]) =>
    items.length === 0
      ? i18n.html(lang, 'addstory.none')
      : items
          .slice(0, REPORT_ITEMS)
          .map((item) => isolate(escapeHtml(item)))
          .join(LANGUAGES[lang].listSeparator) + (items.length > REPORT_ITEMS ? ` … (+${i18n.number(lang, items.length - REPORT_ITEMS, numerals)})` : '');
  const title = info.title[lang];
  return [
    line(
      lang,
      i18n.html(
        lang,
        'addstory.added',
        {
          title: isolate(`<b>${escapeHtml(title)}</b>`),
          id: isolate(`<code>${escapeHtml(info.id)}</code>`),
          sentences: i18n.html(lang, 'report.sentences', { count: info.sentences }, numerals),
          paragraphs: i18n.html(lang, 'report.paragraphs', { count: info.paragraphs }, numerals),
          ms: Math.max(1, Math.round(report.ms)),
        },
        numerals,
      ),
    ),
    line(lang, i18n.html(lang, 'addstory.names', { list: list(report.names) })),
    // One line for both: a year is a number and a date, listed once.
    line(lang, i18n.html(lang, 'addstory.numbers', { list: list([...new Set([...report.numbers, ...report.dates])]) })),
    line(lang, i18n.html(lang, 'addstory.unbridged', { list: list(report.unbridged) })),
  ].join('\n');
}

/** The bytes as text without a byte-order mark (UTF-8, or UTF-16 with its mark); undefined when they are not text. */
export function decodeText(bytes: Uint8Array): string | undefined {
  const decoded = decodeArticle(bytes);
  return 'text' in decoded ? decoded.text : undefined;
}

/** One paragraph a line: CRLF to LF, lines trimmed, blank lines dropped. */
export function normalize(text: string): string {
  return paragraphsOf(text).join('\n');
}

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function oneLine(text: string, chars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = [...flat];
  return points.length > chars ? `${points.slice(0, chars - 1).join('')}…` : flat;
}

/** Downloads from the Bot API's file endpoint (the token is in the URL: never log it). */
function telegramFileFetcher(apiRoot: string, token: string): FetchFile {
  return async (filePath) => {
    const response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_FILE_BYTES) throw new Error(`file is ${length} bytes, over the limit`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
