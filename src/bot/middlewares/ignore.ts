/**
 * Drops updates the bot never answers: channel posts, and messages sent by other bots or on behalf
 * of a channel (e.g. a linked channel's posts forwarded into its discussion group).
 */
import type { Context, NextFunction } from 'grammy';

/** Middleware: stops here for channel posts and bot or channel senders; passes everything else on. */
export async function ignoreNoise(ctx: Context, next: NextFunction): Promise<void> {
  if (ctx.channelPost !== undefined || ctx.editedChannelPost !== undefined) return;
  if (ctx.from?.is_bot === true) return;
  const message = ctx.message ?? ctx.editedMessage;
  if (message?.sender_chat?.type === 'channel') return;
  await next();
}
