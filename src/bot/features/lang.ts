/**
 * /lang: choose English or Arabic replies for this chat, overriding the Telegram language.
 * "/lang ar" sets it directly; "/lang" alone offers buttons. In groups it is the group's setting, so
 * only the group's admins may change it; others get a short refusal.
 */
import { Composer } from 'grammy';
import { line } from '../../answer/telegram.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../text/languages.js';
import type { Lang } from '../../types.js';
import { decodePress, encodePress, PRESS_PATTERNS } from '../callback-data.js';
import type { BotContext, BotDeps } from '../context.js';
import { langOfCode, uiLang } from '../i18n.js';
import { editHtml, sendPages } from '../reply.js';

/** The language whose name in itself is `text` ("/lang العربية"), if any. */
const byNativeName = (text: string): Lang | undefined => LANGUAGE_CODES.find((code) => LANGUAGES[code].nativeName === text);

/** Handles /lang and its buttons. */
export function langFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { i18n } = deps;

  composer.command('lang', async (ctx) => {
    const session = await ctx.session;
    if (!(await deps.admins.mayConfigure(ctx))) {
      const lang = uiLang(session.lang, ctx.from);
      return sendPages(ctx, [line(lang, i18n.html(lang, 'group.adminsOnly'))]);
    }
    const chosen = langOfCode(ctx.match.trim()) ?? byNativeName(ctx.match.trim());
    if (chosen !== undefined) {
      session.lang = chosen;
      return sendPages(ctx, [line(chosen, i18n.html(chosen, 'lang.set'))]);
    }
    const lang = uiLang(session.lang, ctx.from);
    const keyboard = {
      // Each language's name in itself, in the registry's order.
      inline_keyboard: [LANGUAGE_CODES.map((l) => ({ text: LANGUAGES[l].nativeName, callback_data: encodePress({ kind: 'lang', lang: l }) }))],
    };
    await sendPages(ctx, [line(lang, i18n.html(lang, 'lang.choose'))], { keyboard });
  });

  composer.callbackQuery(PRESS_PATTERNS.lang, async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    if (press?.kind !== 'lang') return ctx.answerCallbackQuery();
    const session = await ctx.session;
    if (!(await deps.admins.mayConfigure(ctx))) return ctx.answerCallbackQuery({ text: i18n.t(uiLang(session.lang, ctx.from), 'group.adminsOnly') });
    session.lang = press.lang;
    await ctx.answerCallbackQuery({ text: i18n.t(press.lang, 'lang.set') });
    const message = ctx.callbackQuery.message;
    if (message !== undefined) await editHtml(ctx, message.chat.id, message.message_id, line(press.lang, i18n.html(press.lang, 'lang.set')));
  });

  return composer;
}
