/**
 * /start and /help: the welcome with example questions as buttons, deep links that ask an example
 * (t.me/<bot>?start=<example id>), and the example buttons themselves.
 */
import { Composer } from 'grammy';
import { escapeHtml, isolate, line } from '../../answer/telegram.js';
import type { Lang } from '../../types.js';
import { answerQuestion } from '../answering.js';
import { decodePress, encodePress, PRESS_PATTERNS } from '../callback-data.js';
import type { BotContext, BotDeps } from '../context.js';
import { type Example, uiLang } from '../i18n.js';
import { sendPages } from '../reply.js';

/**
 * The example questions the loaded stories answer. The examples are about the shipped story, which an
 * operator may have removed: a newsroom's bot is not to suggest asking what Trump said.
 */
export function answeredExamples(deps: Pick<BotDeps, 'i18n' | 'engine'>, lang: Lang): readonly Example[] {
  return deps.i18n.examples(lang).filter((e) => !deps.engine.ask(e.text).abstained);
}

/** Handles /start, /help and example-question buttons. */
export function welcomeFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { i18n, engine } = deps;

  composer.command('start', async (ctx) => {
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    const example = i18n.example(lang, ctx.match.trim());
    if (example !== undefined) return answerQuestion(ctx, deps, example.text);

    // The name is the user's own text, of any direction (and may hold direction controls such as
    // U+202E): isolated, it cannot reorder the rest of the line. So are the title and source.
    const name = isolate(escapeHtml(ctx.from?.first_name ?? ''));
    // What the bot holds is the operator's: one story is named, an archive counted.
    const stories = engine.stories;
    const only = stories.length === 1 ? stories[0] : undefined;
    const welcome =
      only !== undefined
        ? i18n.html(lang, 'welcome', { name, title: isolate(escapeHtml(only.title[lang])), source: isolate(escapeHtml(only.source)) })
        : i18n.html(lang, 'welcome.archive', { name, count: stories.length });
    // The invitation to try the examples only when one is left.
    const examples = answeredExamples(deps, lang);
    const keyboard = { inline_keyboard: examples.map((e) => [{ text: e.text, callback_data: encodePress({ kind: 'example', id: e.id }) }]) };
    const lines = [line(lang, welcome), ...(examples.length > 0 ? [line(lang, i18n.html(lang, 'welcome.try'))] : [])];
    await sendPages(ctx, [lines.join('\n\n')], examples.length > 0 ? { keyboard } : {});
  });

  composer.command('help', async (ctx) => {
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    const help = i18n
      .html(lang, 'help')
      .split('\n')
      .map((text) => (text === '' ? '' : line(lang, text)));
    await sendPages(ctx, [help.join('\n')]);
  });

  composer.callbackQuery(PRESS_PATTERNS.example, async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    const example = press?.kind === 'example' ? i18n.example(lang, press.id) : undefined;
    if (example === undefined) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
    await ctx.answerCallbackQuery();
    await answerQuestion(ctx, deps, example.text);
  });

  return composer;
}
