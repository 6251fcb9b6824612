/**
 * /reset: delete everything the bot keeps about this chat: the conversation (follow-up focus, pages,
 * buttons), the /lang choice and the pinned story. The session is deleted from the store, not
 * emptied, so nothing of the chat is left behind. An operator's story in progress goes too.
 * In groups it touches the group's settings, so only the group's admins may do it.
 */
import { Composer } from 'grammy';
import { line } from '../../answer/telegram.js';
import type { BotContext, BotDeps } from '../context.js';
import { uiLang } from '../i18n.js';
import { sendPages } from '../reply.js';

/** Handles /reset. */
export function resetFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('reset', async (ctx) => {
    const session = await ctx.session;
    // The reply is in the language in use before the deletion.
    const lang = uiLang(session.lang, ctx.from);
    if (!(await deps.admins.mayConfigure(ctx))) return sendPages(ctx, [line(lang, deps.i18n.html(lang, 'group.adminsOnly'))]);
    // null makes grammY delete the chat's entry from the store once the update is done.
    (ctx as { session: unknown }).session = null;
    if (ctx.chat?.type === 'private' && ctx.from !== undefined) await deps.library.pending.delete(ctx.from.id);
    await sendPages(ctx, [line(lang, deps.i18n.html(lang, 'reset.done'))]);
  });
  return composer;
}
