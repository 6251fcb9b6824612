/**
 * Sending and editing HTML messages the way every feature wants them: HTML parse mode, no link
 * previews, threaded to the asker's message in groups, buttons under the last page.
 */
import { GrammyError } from 'grammy';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import type { BotContext } from './context.js';

/** Options shared by every HTML message the bot sends. */
export const HTML_OPTIONS = Object.freeze({
  parse_mode: 'HTML',
  link_preview_options: { is_disabled: true },
} as const);

/** Options for `sendPages`. */
export interface SendOptions {
  /** Buttons, attached to the last page. */
  readonly keyboard?: InlineKeyboardMarkup;
  /** Message to reply to; defaults to the incoming message in groups, none in private chats. */
  readonly replyTo?: number;
}

/**
 * Sends pages of HTML in order to the current chat (and forum topic: grammY copies the thread id).
 * In groups the first page replies to the asker, so the answer is found in a busy chat.
 *
 * @returns the sent messages
 */
export async function sendPages(ctx: BotContext, pages: readonly string[], options: SendOptions = {}): Promise<Message.TextMessage[]> {
  const replyTo = options.replyTo ?? (ctx.chat?.type === 'private' ? undefined : (ctx.message?.message_id ?? ctx.editedMessage?.message_id));
  const sent: Message.TextMessage[] = [];
  for (const [i, page] of pages.entries()) {
    sent.push(
      await ctx.reply(page, {
        ...HTML_OPTIONS,
        ...(i === 0 && replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
        ...(i === pages.length - 1 && options.keyboard !== undefined ? { reply_markup: options.keyboard } : {}),
      }),
    );
  }
  return sent;
}

/**
 * Replaces a message's text (and buttons). Editing to identical content is not an error for us:
 * Telegram's "message is not modified" is swallowed.
 */
export async function editHtml(ctx: BotContext, chatId: number, messageId: number, html: string, keyboard?: InlineKeyboardMarkup): Promise<void> {
  await ignoreNotModified(ctx.api.editMessageText(chatId, messageId, html, { ...HTML_OPTIONS, reply_markup: keyboard ?? { inline_keyboard: [] } }));
}

/** Replaces a message's buttons, swallowing "message is not modified". */
export async function editKeyboard(ctx: BotContext, chatId: number, messageId: number, keyboard: InlineKeyboardMarkup): Promise<void> {
  await ignoreNotModified(ctx.api.editMessageReplyMarkup(chatId, messageId, { reply_markup: keyboard }));
}

async function ignoreNotModified(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}
