/**
 * Removing a story (operators only): the remove button beside each story in /stories asks for
 * confirmation; "Yes" removes it on every instance (see story-library.ts), "Keep" leaves it.
 * A press from anyone else, forged or forwarded, gets the answer any unknown button gets.
 */
import { Composer } from 'grammy';
import { escapeHtml, isolate, line } from '../../answer/telegram.js';
import { decodePress, encodePress, PRESS_PATTERNS, storyTag } from '../callback-data.js';
import type { BotContext, BotDeps } from '../context.js';
import { uiLang } from '../i18n.js';
import { editHtml, sendPages } from '../reply.js';
import { StoryChangeError } from '../story-library.js';
import { isOperator } from './addstory.js';
import { titleOf } from './stories.js';

/** Handles the remove, confirm and keep buttons. */
export function removeStoryFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { engine, i18n, library } = deps;

  composer.callbackQuery([PRESS_PATTERNS.remove, PRESS_PATTERNS.removeYes, PRESS_PATTERNS.removeNo], async (ctx) => {
    const lang = uiLang((await ctx.session).lang, ctx.from);
    const press = decodePress(ctx.callbackQuery.data);
    if (!isOperator(deps, ctx) || ctx.chat?.type !== 'private' || press === undefined) {
      deps.logger.warn({ user: ctx.from.id }, 'story management button pressed by a non-operator; refused');
      return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
    }
    const message = ctx.callbackQuery.message;
    const show = async (html: string) => {
      if (message !== undefined) await editHtml(ctx, message.chat.id, message.message_id, line(lang, html));
      else await sendPages(ctx, [line(lang, html)]);
    };
    if (press.kind === 'removeNo') {
      await ctx.answerCallbackQuery();
      return show(i18n.html(lang, 'remove.kept'));
    }
    if (press.kind !== 'remove' && press.kind !== 'removeYes') return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
    // The index must still hold the story the button was made for: the list may predate a change.
    const story = engine.stories[press.story];
    if (story === undefined || storyTag(story.id) !== press.tag) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'remove.gone') });
    const title = isolate(`<b>${escapeHtml(titleOf(story, lang))}</b>`);
    if (press.kind === 'remove') {
      await ctx.answerCallbackQuery();
      const keyboard = {
        inline_keyboard: [
          [
            { text: i18n.t(lang, 'button.remove.yes'), callback_data: encodePress({ kind: 'removeYes', story: press.story, tag: press.tag }) },
            { text: i18n.t(lang, 'button.remove.no'), callback_data: encodePress({ kind: 'removeNo' }) },
          ],
        ],
      };
      return sendPages(ctx, [line(lang, i18n.html(lang, 'remove.confirm', { title }))], { keyboard, replyTo: message?.message_id });
    }
    try {
      await library.remove(story.id, ctx.from.id);
    } catch (error) {
      if (!(error instanceof StoryChangeError)) throw error;
      await ctx.answerCallbackQuery();
      return show(i18n.html(lang, 'remove.storeDown'));
    }
    await ctx.answerCallbackQuery();
    await show(i18n.html(lang, 'remove.done', { title }));
  });

  return composer;
}
