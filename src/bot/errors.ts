/**
 * The error boundary: log the failure, tell the user briefly, keep serving.
 */
import { type BotError, GrammyError, HttpError } from 'grammy';
import { line } from '../answer/telegram.js';
import type { BotContext, BotDeps } from './context.js';
import { uiLang } from './i18n.js';
import { HTML_OPTIONS } from './reply.js';
import { OutboundStoppedError } from './throttle.js';

/**
 * Why an update failed in a way that handling it again later can fix: the bot was stopping
 * (its reply was never sent), the network failed, or Telegram was overloaded (429, 5xx).
 */
export type UnfinishedReason = 'stopping' | 'network' | 'telegram';

/** The reason an update that failed with `error` should be handled again, if any. */
export function unfinishedReason(error: unknown): UnfinishedReason | undefined {
  if (error instanceof OutboundStoppedError) return 'stopping';
  if (error instanceof HttpError) return 'network';
  if (error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500)) return 'telegram';
  return undefined;
}

/**
 * Creates the handler for `bot.catch` and `bot.errorBoundary`. It logs the error with the update id
 * (the logger scrubs the token), then answers the button press or apologises in the chat, best-effort:
 * a second failure is logged, never thrown.
 */
export function createErrorHandler(
  deps: Pick<BotDeps, 'logger' | 'i18n'>,
  onUnfinished?: (updateId: number, reason: UnfinishedReason) => void,
): (error: BotError<BotContext>) => Promise<void> {
  return async ({ error, ctx }) => {
    const unfinished = unfinishedReason(error);
    if (unfinished !== undefined) onUnfinished?.(ctx.update.update_id, unfinished);
    // Its reply was held back on purpose; the update is answered after the restart.
    if (unfinished === 'stopping') return void deps.logger.info({ update_id: ctx.update.update_id }, 'update left in the journal for the next start');
    const kind = error instanceof GrammyError ? 'telegram' : error instanceof HttpError ? 'network' : 'bug';
    deps.logger.error({ err: error, kind, update_id: ctx.update.update_id }, 'failed to handle update');
    // It stays in the journal and is handled again later: an apology now would precede the answer.
    if (unfinished !== undefined && onUnfinished !== undefined) return;
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
