/**
 * The buttons under an answer: "More" (the next answers) and "Context" (the sentences around a quote).
 * Both look up what they refer to in the chat's session; a stale or unknown reference gets a notice.
 */
import { Composer } from 'grammy';
import { renderContext } from '../../answer/telegram.js';
import { answerKeyboard, deliver } from '../answering.js';
import { decodePress, PRESS_PATTERNS } from '../callback-data.js';
import type { BotContext, BotDeps } from '../context.js';
import { uiLang } from '../i18n.js';
import { editKeyboard, sendPages } from '../reply.js';

/** Sentences shown on each side of a quote by "Context". */
const CONTEXT_RADIUS = 1;

/** Handles "More", "Context" and choice presses. */
export function answerButtonsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { engine, i18n } = deps;

  composer.callbackQuery(PRESS_PATTERNS.more, async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from, session.state?.lang);
    const turn = session.turns.find((t) => t.id === session.turn);
    // Only the latest answer can page on: the engine's state has moved past older ones.
    if (press?.kind !== 'more' || press.turn !== session.turn || turn === undefined || session.state === undefined)
      return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.stale') });

    const result = engine.more(session.state, { top: deps.config.answersPerPage, now: deps.now() });
    session.state = result.state;
    // Answer first: the client shows a spinner until we do.
    await ctx.answerCallbackQuery(result.answers.length === 0 ? { text: i18n.t(lang, 'callback.done') } : {});
    const message = ctx.callbackQuery.message;
    // The pressed message keeps its Share and Context buttons but loses "More": it has been used.
    if (message !== undefined) await editKeyboard(ctx, message.chat.id, message.message_id, answerKeyboard(deps, lang, turn, false));
    if (result.answers.length > 0) await deliver(ctx, deps, session, result, { replyTo: message?.message_id });
  });

  // A choice under an ambiguous answer: go on with that person's statement, from that answer's state.
  composer.callbackQuery(PRESS_PATTERNS.choice, async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from, session.state?.lang);
    const turn = press?.kind === 'choice' ? session.turns.find((t) => t.id === press.turn) : undefined;
    if (press?.kind !== 'choice' || turn?.state?.choices?.[press.index] === undefined) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.stale') });

    const result = engine.choose(turn.state, press.index, { top: deps.config.answersPerPage, now: deps.now() });
    if (result.abstained) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.stale') });
    session.state = result.state;
    await ctx.answerCallbackQuery();
    await deliver(ctx, deps, session, result, { replyTo: ctx.callbackQuery.message?.message_id });
  });

  composer.callbackQuery(PRESS_PATTERNS.context, async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from, session.state?.lang);
    const cite = press?.kind === 'context' ? session.turns.find((t) => t.id === press.turn)?.cites[press.index] : undefined;
    const sentences = cite === undefined ? [] : engine.around(cite.story, cite.ref, CONTEXT_RADIUS);
    if (cite === undefined || sentences.length === 0) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.stale') });

    await ctx.answerCallbackQuery();
    const pages = renderContext(sentences, cite.ref, { lang, phrases: i18n.phrases(lang), story: (id) => engine.story(id) });
    await sendPages(ctx, pages, { replyTo: ctx.callbackQuery.message?.message_id });
  });

  return composer;
}
