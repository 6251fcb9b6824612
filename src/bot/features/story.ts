/**
 * /story: read the story page by page, each sentence with its label, with Previous/Next buttons
 * that edit the message in place. /source: where the story comes from. Both act on the story in
 * focus (see `storyInFocus`).
 */
import { Composer } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { escapeHtml, isolate, line, translationLabel } from '../../answer/telegram.js';
import { LANGUAGE_CODES, RENDERING_LANGUAGE } from '../../text/languages.js';
import type { Lang, SentenceView, StoryInfo } from '../../types.js';
import { decodePress, encodePress, PRESS_PATTERNS, sameStory, storyTag } from '../callback-data.js';
import type { BotContext, BotDeps } from '../context.js';
import type { I18n } from '../i18n.js';
import { uiLang } from '../i18n.js';
import { editHtml, sendPages } from '../reply.js';
import { storyInFocus } from './stories.js';

/** Target size of a story page: about a phone screen. Paragraphs are never split across pages. */
const PAGE_CHARS = 1500;
/** A paragraph longer than this is shown one sentence per block, so a page still fits a message. */
const MAX_BLOCK_CHARS = 3500;

/** Handles /story, its page buttons, and /source. */
export function storyFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { engine, i18n } = deps;

  const show = async (ctx: BotContext, storyIndex: number, page: number, edit: boolean, tag?: string): Promise<boolean> => {
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    const found = engine.stories[storyIndex];
    // A button made before a story was added or removed may hold an index that is now another story's.
    const story = sameStory(found?.id, tag) ? found : undefined;
    const pages = story === undefined ? [] : storyPages(engine.paragraphs(story.id), lang, i18n);
    const body = pages[page];
    if (story === undefined || body === undefined) return false;

    const title = line(lang, `<b>${escapeHtml(story.title[lang])}</b>`);
    // Page numbers in the story's own digits (Arabic-Indic in an Arabic reply when the story uses them).
    const counter = line(lang, `<i>${i18n.html(lang, 'story.page', { page: page + 1, pages: pages.length }, deps.numerals(story.id))}</i>`);
    const html = `${title}\n${counter}\n\n${body}`;
    const nav: InlineKeyboardButton[] = [];
    if (page > 0)
      nav.push({
        text: i18n.t(lang, 'button.prev'),
        callback_data: encodePress({ kind: 'story', story: storyIndex, page: page - 1, tag: storyTag(story.id) }),
      });
    if (page < pages.length - 1)
      nav.push({
        text: i18n.t(lang, 'button.next'),
        callback_data: encodePress({ kind: 'story', story: storyIndex, page: page + 1, tag: storyTag(story.id) }),
      });
    const keyboard = { inline_keyboard: nav.length > 0 ? [nav] : [] };
    const message = ctx.callbackQuery?.message;
    if (edit && message !== undefined) await editHtml(ctx, message.chat.id, message.message_id, html, keyboard);
    else await sendPages(ctx, [html], { keyboard });
    return true;
  };

  composer.command('story', async (ctx) => {
    const session = await ctx.session;
    const focus = storyInFocus(engine, session);
    await show(
      ctx,
      Math.max(
        0,
        engine.stories.findIndex((s) => s.id === focus?.id),
      ),
      0,
      false,
    );
  });

  composer.callbackQuery(PRESS_PATTERNS.story, async (ctx) => {
    const press = decodePress(ctx.callbackQuery.data);
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    if (press?.kind !== 'story' || !(await show(ctx, press.story, press.page, true, press.tag)))
      return ctx.answerCallbackQuery({ text: i18n.t(lang, 'callback.invalid') });
    await ctx.answerCallbackQuery();
  });

  composer.command('source', async (ctx) => {
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    // The story in focus only: with thousands loaded, listing them all is /stories' job.
    const focus = storyInFocus(engine, session);
    if (focus !== undefined) await sendPages(ctx, [renderAttribution(focus, lang, i18n)]);
  });

  return composer;
}

/**
 * Splits a story into pages of HTML. Each paragraph is a blockquote of its sentences, each sentence
 * after its label in bold; the English UI adds the paragraph's translation below it.
 */
export function storyPages(paragraphs: readonly (readonly SentenceView[])[], lang: Lang, i18n: I18n): string[] {
  const labelled = (sentences: readonly SentenceView[], text: (s: SentenceView) => string | undefined) =>
    sentences
      .filter((s) => text(s) !== undefined)
      .map((s) => `<b>${i18n.html(lang, 'answer.label', { ref: escapeHtml(s.ref) })}</b> ${escapeHtml(text(s) ?? '')}`)
      .join(' ');
  const block = (sentences: readonly SentenceView[]): string => {
    const arabic = `<blockquote>${labelled(sentences, (s) => s.text)}</blockquote>`;
    const english = labelled(sentences, (s) => s.translation);
    // One paragraph's sentences share their story, and so who made their rendering.
    const label = translationLabel(sentences.find((s) => s.translation !== undefined) ?? {});
    return lang === RENDERING_LANGUAGE && english !== ''
      ? `${arabic}\n${line(RENDERING_LANGUAGE, `<i>${i18n.html(RENDERING_LANGUAGE, label)}</i> ${english}`)}`
      : arabic;
  };
  const blocks = paragraphs.flatMap((paragraph) => {
    const whole = block(paragraph);
    return whole.length <= MAX_BLOCK_CHARS ? [whole] : paragraph.map((s) => block([s]));
  });

  const pages: string[] = [];
  for (const b of blocks) {
    const last = pages.at(-1);
    if (last !== undefined && last.length + b.length + 2 <= PAGE_CHARS) pages[pages.length - 1] = `${last}\n\n${b}`;
    else pages.push(b);
  }
  return pages;
}

/**
 * The attribution of one story: title in both languages, publisher and date, and what is translated:
 * the story's text when it is a machine translation, and who made its English rendering.
 */
export function renderAttribution(story: StoryInfo, lang: Lang, i18n: I18n): string {
  const others = LANGUAGE_CODES.filter((code) => code !== lang).map((code) => story.title[code]);
  const lines = [
    line(lang, `<b>${escapeHtml(story.title[lang])}</b>`),
    ...others.map((other) => line(lang, isolate(escapeHtml(other)))),
    line(lang, i18n.html(lang, 'source.published', { source: isolate(escapeHtml(story.source)), date: isolate(escapeHtml(story.published)) })),
  ];
  if (story.machineTranslated === true)
    lines.push(line(lang, i18n.html(lang, 'source.machine', { language: i18n.html(lang, `textLanguage.${story.language}`) })));
  if (story.translation !== undefined)
    lines.push(line(lang, i18n.html(lang, story.translation === 'machine' ? 'source.machineTranslation' : 'source.translation')));
  // The story's own note is written in English.
  if (lang === 'en' && story.note !== '') lines.push(line('en', `<i>${escapeHtml(story.note)}</i>`));
  if (story.url !== undefined) lines.push(line(lang, `<a href="${escapeHtml(story.url)}">${escapeHtml(story.url)}</a>`));
  return lines.join('\n');
}
