/**
 * Installed last: what nothing else handled. Non-text messages in private chats, and in groups those
 * addressed to the bot (a reply to its message, a caption mentioning it), get a one-line hint;
 * every leftover button press is answered (clients spin until it is) with a short notice.
 * Everything else, notably unaddressed group messages, gets silence.
 */
import { Composer } from 'grammy';
import { line } from '../../answer/telegram.js';
import type { BotContext, BotDeps } from '../context.js';
import { uiLang } from '../i18n.js';
import { sendPages } from '../reply.js';

/** Message kinds a user may send expecting an answer; service messages are not among them. */
const NON_TEXT = [
  'message:sticker',
  'message:photo',
  'message:voice',
  'message:video',
  'message:video_note',
  'message:audio',
  'message:document',
  'message:animation',
  'message:location',
  'message:contact',
  'message:poll',
  'message:dice',
] as const;

/** Handles what no other feature did. */
export function fallbackFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { i18n } = deps;

  // Stickers, photos, voice, files…: a text-only bot should say so rather than stay mute.
  composer.chatType('private').on([...NON_TEXT], async (ctx) => {
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    await sendPages(ctx, [line(lang, i18n.html(lang, 'hint.nonText'))]);
  });

  // In a group, the same when it is addressed to the bot: a voice note or photo in reply to one of its
  // answers, or a caption that mentions it. Unaddressed media stay the group's own business.
  composer.chatType(['group', 'supergroup']).on([...NON_TEXT], async (ctx, next) => {
    const message = ctx.message;
    const username = ctx.me.username.toLowerCase();
    const caption = message.caption ?? '';
    const mentioned = (message.caption_entities ?? []).some(
      (e) =>
        (e.type === 'mention' && caption.slice(e.offset + 1, e.offset + e.length).toLowerCase() === username) ||
        (e.type === 'text_mention' && e.user.id === ctx.me.id),
    );
    if (!mentioned && message.reply_to_message?.from?.id !== ctx.me.id) return next();
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    await sendPages(ctx, [line(lang, i18n.html(lang, 'hint.nonText'))]);
  });

  // Forged data, or a button from an older version of the bot.
  composer.on('callback_query', async (ctx) => {
    const lang = uiLang(undefined, ctx.from);
    await ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
  });

  return composer;
}
