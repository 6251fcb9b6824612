/**
 * Decides whether a text message is a question for this bot, and extracts it.
 *
 * In private chats every text is a question. In groups the bot speaks only when addressed:
 * `/ask question`, `/ask@thisbot question`, a reply to one of its messages, or an `@thisbot` mention.
 * Everything else, `/ask@OtherBot` included, is silence.
 */
import type { Message, UserFromGetMe } from 'grammy/types';

/** What a text message asks of the bot. */
export type Addressed =
  | { readonly kind: 'question'; readonly text: string }
  /** Addressed, but with nothing to ask: "/ask" alone, or a bare mention. */
  | { readonly kind: 'usage' }
  /** A command for this bot that no feature handles. */
  | { readonly kind: 'unknown-command' }
  /** Not for this bot: stay silent. */
  | { readonly kind: 'none' };

/**
 * Reads a message (new or edited) in a chat of the given type.
 *
 * @param message the message, with `text` and its `entities`
 * @param me the bot itself (from getMe), for its id and username
 */
export function readAddressed(message: Pick<Message, 'text' | 'entities' | 'reply_to_message' | 'chat'>, me: UserFromGetMe): Addressed {
  const text = message.text ?? '';
  const entities = message.entities ?? [];
  const isPrivate = message.chat.type === 'private';
  const username = me.username.toLowerCase();

  const command = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command !== undefined) {
    const [name = '', target] = text.slice(1, command.length).toLowerCase().split('@');
    if (target !== undefined && target !== username) return { kind: 'none' };
    // In a group, an unaddressed "/cmd" may be meant for another bot.
    if (name !== 'ask') return isPrivate || target !== undefined ? { kind: 'unknown-command' } : { kind: 'none' };
    const question = text.slice(command.length).trim();
    return question === '' ? { kind: 'usage' } : { kind: 'question', text: question };
  }
  if (isPrivate) return { kind: 'question', text };

  const mentions = entities.filter(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === username) || (e.type === 'text_mention' && e.user.id === me.id),
  );
  if (mentions.length > 0) {
    // Cut the mentions out, last first so earlier offsets stay valid.
    let question = text;
    for (const e of [...mentions].sort((a, b) => b.offset - a.offset)) question = question.slice(0, e.offset) + question.slice(e.offset + e.length);
    question = question.replace(/^[\s,،:]+|[\s,،:]+$/g, '');
    return question === '' ? { kind: 'usage' } : { kind: 'question', text: question };
  }
  if (message.reply_to_message?.from?.id === me.id) return { kind: 'question', text: text.trim() };
  return { kind: 'none' };
}
