/**
 * The error boundary: log the failure, tell the user briefly, keep serving.
 */
import { type BotError, GrammyError, HttpError } from 'grammy';
import { line } from '../answer/telegram.js';
import type { BotContext, BotDeps } from './context.js';
import { uiLang } from './i18n.js';
import { HTML_OPTIONS } from './reply.js';

/**
 * Creates the handler for `bot.catch` and `bot.errorBoundary`. It logs the error with the update id
 * (the logger scrubs the token), then answers the button press or apologises in the chat, best-effort:
 * a second failure is logged, never thrown.
 */
export function createErrorHandler(deps: Pick<BotDeps, 'logger' | 'i18n'>): (error: BotError<BotContext>) => Promise<void> {
  return async ({ error, ctx }) => {
    const kind = error instanceof GrammyError ? 'telegram' : error instanceof HttpError ? 'network' : 'bug';
    deps.logger.error({ err: error, kind, update_id: ctx.update.update_id }, 'failed to handle update');
    const lang = uiLang(undefined, ctx.from);
    try {
      if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: deps.i18n.t(lang, 'error') });
      else if (ctx.message !== undefined && ctx.chat?.type === 'private' && kind !== 'network')
        await ctx.reply(line(lang, deps.i18n.html(lang, 'error')), HTML_OPTIONS);
    } catch (second) {
      deps.logger.warn({ err: second, update_id: ctx.update.update_id }, 'could not tell the user about the failure');
    }
  };
}
