/**
 * /privacy: what the bot keeps about a chat, where, and for how long, in plain words. The "where"
 * and "how long" come from the configuration (SESSION_STORE, SESSION_TTL_HOURS), so the answer
 * stays true when the operator changes them.
 */
import { Composer } from 'grammy';
import type { Lang } from '../../types.js';
import type { BotContext, BotDeps } from '../context.js';
import { type I18n, uiLang } from '../i18n.js';
import { sendPages } from '../reply.js';
import { lines } from './addstory.js';

/** The /privacy text for a configuration, in one language. */
export function privacyText(deps: Pick<BotDeps, 'config' | 'i18n'>, lang: Lang): string {
  const { config, i18n } = deps;
  return lines(
    lang,
    i18n.html(lang, 'privacy', { where: i18n.html(lang, `privacy.where.${config.sessionStore}`), ttl: ttlText(i18n, lang, config.sessionTtlHours) }),
  );
}

/** "7 days" when the hours make whole days, else "36 hours". */
function ttlText(i18n: I18n, lang: Lang, hours: number): string {
  return hours % 24 === 0 ? i18n.html(lang, 'privacy.days', { count: hours / 24 }) : i18n.html(lang, 'privacy.hours', { count: hours });
}

/** Handles /privacy. */
export function privacyFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('privacy', async (ctx) => {
    const session = await ctx.session;
    await sendPages(ctx, [privacyText(deps, uiLang(session.lang, ctx.from))]);
  });
  return composer;
}
