/**
 * Inline mode: "@bot question" in any chat lists the best answers; choosing one posts the cited
 * sentence with its label, its translation for English queries, and the source.
 * An empty query offers the example questions, each with its best answer.
 */
import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { MESSAGE_LIMIT, paginate, renderAnswerBlocks, renderSourceLine } from '../../answer/telegram.js';
import { DEFAULT_LANGUAGE, RENDERING_LANGUAGE } from '../../text/languages.js';
import type { Answer, Lang } from '../../types.js';
import type { BotContext, BotDeps } from '../context.js';
import { langOfCode } from '../i18n.js';
import { HTML_OPTIONS } from '../reply.js';

/** Results listed for a question (Telegram allows 50; five keeps the list readable). */
const MAX_RESULTS = 5;
/**
 * Seconds Telegram may cache results. Short, so a fix to the story or engine shows quickly;
 * long enough to absorb the burst of queries sent while a user types.
 */
const CACHE_SECONDS = 30;
/** Deep-link payload of the "open the bot" button above the results. */
const START_PARAMETER = 'inline';

/** Handles inline queries. */
export function inlineFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { engine, i18n } = deps;

  const article = (answer: Answer, index: number, lang: Lang, title?: string): InlineQueryResultArticle => {
    const options = { lang, phrases: i18n.phrases(lang), story: (id: string) => engine.story(id), titles: engine.stories.length > 1 };
    // A quotation over two sentences is shared whole, under both labels.
    const blocks = renderAnswerBlocks(answer, options);
    const story = engine.story(answer.story);
    const source = story === undefined ? '' : renderSourceLine(story, options);
    const label = i18n.t(lang, 'answer.label', { ref: answer.label });
    return {
      type: 'article',
      id: `${index}:${answer.ref}`.slice(0, 64),
      title: title ?? `${label} ${answer.text}`.slice(0, 100),
      description: (lang === RENDERING_LANGUAGE && answer.translation !== undefined ? answer.translation : answer.text).slice(0, 200),
      input_message_content: { message_text: paginate(blocks, source, MESSAGE_LIMIT)[0] ?? '', ...HTML_OPTIONS },
    };
  };

  composer.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const now = deps.now();
    if (query === '') {
      // Suggestions are in the user's language, so they are cached per user.
      const lang = langOfCode(ctx.from.language_code) ?? DEFAULT_LANGUAGE;
      const results = i18n.examples(lang).flatMap((example, index) => {
        const best = engine.ask(example.text, engine.newState(now), { top: 1, now }).answers[0];
        return best === undefined ? [] : [article(best, index, lang, example.text)];
      });
      return ctx.answerInlineQuery(results, {
        cache_time: CACHE_SECONDS,
        is_personal: true,
        button: { text: i18n.t(lang, 'inline.ask'), start_parameter: START_PARAMETER },
      });
    }
    // A fresh state: inline answers must not depend on, or change, any chat's conversation.
    const result = engine.ask(query, engine.newState(now), { top: MAX_RESULTS, now });
    if (result.error !== undefined) deps.logger.error({ error: result.error }, 'the engine failed on an inline query');
    const lang = result.lang;
    const results = result.answers.map((answer, index) => article(answer, index, lang));
    await ctx.answerInlineQuery(results, {
      cache_time: CACHE_SECONDS,
      is_personal: false,
      button: { text: i18n.t(lang, results.length > 0 ? 'inline.ask' : 'inline.noAnswer'), start_parameter: START_PARAMETER },
    });
  });

  return composer;
}
