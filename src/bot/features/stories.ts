/**
 * /stories: the loaded stories, a page at a time, each a button. Pressing one pins it for the chat:
 * questions then search that story only, and /story and /source act on it, until it is unpinned.
 * Without a pin, questions search every story and follow-ups stay with the story last answered from.
 */
import { Composer } from 'grammy';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { escapeHtml, isolate, line } from '../../answer/telegram.js';
import type { Engine, Lang, StoryInfo } from '../../types.js';
import { decodePress, encodePress, PRESS_PATTERNS, sameStory, storyTag } from '../callback-data.js';
import type { BotContext, BotDeps, SessionData } from '../context.js';
import { uiLang } from '../i18n.js';
import { editHtml, sendPages } from '../reply.js';
import { isOperator } from './addstory.js';

/** Stories per page of the list: a phone screen of buttons. */
export const STORIES_PER_PAGE = 8;
/** Button text is cut to this many characters; Telegram shows about a line of it anyway. */
const BUTTON_TITLE_CHARS = 60;

/**
 * The story a chat is about: the pinned one, else the one the conversation last answered from
 * (the engine's `state.story`), else the first loaded. Undefined only when no story is loaded.
 */
export function storyInFocus(engine: Engine, session: Pick<SessionData, 'pinned' | 'state'>): StoryInfo | undefined {
  return pinnedStory(engine, session) ?? (session.state?.story === undefined ? undefined : engine.story(session.state.story)) ?? engine.stories[0];
}

/** The pinned story, if it is still loaded (a redeploy may have removed it). */
export function pinnedStory(engine: Engine, session: Pick<SessionData, 'pinned'>): StoryInfo | undefined {
  return session.pinned === undefined ? undefined : engine.story(session.pinned);
}

/** A story's title in the UI language. */
export function titleOf(story: StoryInfo, lang: Lang): string {
  return story.title[lang];
}

/**
 * Handles /stories and its page, pin and unpin buttons. In groups only admins may pin or unpin (the
 * pin is the group's setting); anyone may list and page. Operators, in a private chat, also get a
 * remove button beside each story (handled in removestory.ts).
 */
export function storiesFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { engine, i18n } = deps;

  /** The list's text and buttons for one page (clamped to the last page). */
  const listPage = (session: SessionData, lang: Lang, requested: number, manage = false): { html: string; keyboard: InlineKeyboardMarkup } => {
    const pages = Math.max(1, Math.ceil(engine.stories.length / STORIES_PER_PAGE));
    const page = Math.min(Math.max(0, requested), pages - 1);
    const pinned = pinnedStory(engine, session);
    const first = page * STORIES_PER_PAGE;
    const rows: InlineKeyboardButton[][] = engine.stories.slice(first, first + STORIES_PER_PAGE).map((story, i) => {
      const title = [...titleOf(story, lang)];
      const text = title.length > BUTTON_TITLE_CHARS ? `${title.slice(0, BUTTON_TITLE_CHARS - 1).join('')}…` : title.join('');
      const pin = {
        text: `${story.id === pinned?.id ? '📌 ' : ''}${text}`,
        callback_data: encodePress({ kind: 'pin', story: first + i, tag: storyTag(story.id) }),
      };
      if (!manage) return [pin];
      return [pin, { text: i18n.t(lang, 'button.remove'), callback_data: encodePress({ kind: 'remove', story: first + i, tag: storyTag(story.id) }) }];
    });
    const nav: InlineKeyboardButton[] = [];
    if (page > 0) nav.push({ text: i18n.t(lang, 'button.prev'), callback_data: encodePress({ kind: 'stories', page: page - 1 }) });
    if (page < pages - 1) nav.push({ text: i18n.t(lang, 'button.next'), callback_data: encodePress({ kind: 'stories', page: page + 1 }) });
    if (nav.length > 0) rows.push(nav);
    if (pinned !== undefined) rows.push([{ text: i18n.t(lang, 'button.unpin'), callback_data: encodePress({ kind: 'unpin' }) }]);

    const status =
      pinned === undefined
        ? i18n.html(lang, 'stories.none')
        : i18n.html(lang, 'stories.pinned', { title: isolate(`<b>${escapeHtml(titleOf(pinned, lang))}</b>`) });
    const html = [line(lang, i18n.html(lang, 'stories.header', { count: engine.stories.length, page: page + 1, pages })), line(lang, status)].join('\n');
    return { html, keyboard: { inline_keyboard: rows } };
  };

  /** Whether this chat's list carries remove buttons: an operator's private chat. */
  const manages = (ctx: BotContext) => ctx.chat?.type === 'private' && isOperator(deps, ctx);

  composer.command('stories', async (ctx) => {
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    // Open on the page holding the pinned story, so it is in view.
    const pinnedIndex = engine.stories.findIndex((s) => s.id === session.pinned);
    const { html, keyboard } = listPage(session, lang, pinnedIndex < 0 ? 0 : Math.floor(pinnedIndex / STORIES_PER_PAGE), manages(ctx));
    await sendPages(ctx, [html], { keyboard });
  });

  composer.callbackQuery([PRESS_PATTERNS.stories, PRESS_PATTERNS.pin, PRESS_PATTERNS.unpin], async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    let page = 0;
    let notice: string | undefined;
    if ((press?.kind === 'pin' || press?.kind === 'unpin') && !(await deps.admins.mayConfigure(ctx)))
      return ctx.answerCallbackQuery({ text: i18n.t(lang, 'group.adminsOnly') });
    if (press?.kind === 'stories') page = press.page;
    else if (press?.kind === 'pin') {
      const story = engine.stories[press.story];
      if (story === undefined || !sameStory(story.id, press.tag)) return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
      session.pinned = story.id;
      page = Math.floor(press.story / STORIES_PER_PAGE);
      notice = i18n.t(lang, 'stories.pinnedNotice', { title: titleOf(story, lang) });
    } else if (press?.kind === 'unpin') {
      const pinnedIndex = engine.stories.findIndex((s) => s.id === session.pinned);
      page = pinnedIndex < 0 ? 0 : Math.floor(pinnedIndex / STORIES_PER_PAGE);
      session.pinned = undefined;
      notice = i18n.t(lang, 'stories.unpinnedNotice');
    } else return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });

    // answerCallbackQuery text is capped at 200 characters.
    await ctx.answerCallbackQuery(notice === undefined ? {} : { text: [...notice].slice(0, 200).join('') });
    const message = ctx.callbackQuery.message;
    const { html, keyboard } = listPage(session, lang, page, manages(ctx));
    if (message !== undefined) await editHtml(ctx, message.chat.id, message.message_id, html, keyboard);
    else await sendPages(ctx, [html], { keyboard });
  });

  return composer;
}
