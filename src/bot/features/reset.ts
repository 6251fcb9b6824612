/**
 * /reset: forget the chat's conversation (follow-up focus, pages, buttons). The /lang choice stays.
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
    session.state = undefined;
    session.turns = [];
    session.replies = [];
    // session.turn keeps counting, so buttons from before the reset can never match a new turn.
    const lang = uiLang(session.lang, ctx.from);
    await sendPages(ctx, [line(lang, deps.i18n.html(lang, 'reset.done'))]);
  });
  return composer;
}
