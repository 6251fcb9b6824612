/**
 * Answering a question in a chat: ask the engine with the chat's state, render, attach the buttons,
 * send (or edit), and remember what was sent so the buttons and edits can find it later.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { escapeHtml, isolate, line, renderAskResult } from '../answer/telegram.js';
import type { AskResult, Lang, StoryInfo } from '../types.js';
import { encodePress } from './callback-data.js';
import type { BotContext, BotDeps, SessionData, Turn } from './context.js';
import { pinnedStory } from './features/stories.js';
import { uiLang } from './i18n.js';
import { editHtml, sendPages } from './reply.js';
import { addTurn, linkReply, setTurnMessages, snapshot, turnOfMessage } from './session.js';

/** Telegram's limit for an inline query, and so for what "Share" can prefill. */
const INLINE_QUERY_LIMIT = 256;

/** How to deliver an answer. */
export interface AnswerTarget {
  /** The question's message, linked to the answer so editing the question edits the answer. */
  readonly questionMessageId?: number;
  /** Edit this earlier answer instead of sending a new message. */
  readonly editMessageId?: number;
  /** Reply to this message (defaults to the incoming message in groups). */
  readonly replyTo?: number;
  /** A story that answers what the pinned one refused, named under the refusal. */
  readonly elsewhere?: StoryInfo;
}

/**
 * Answers `question` in the current chat, as a follow-up of the chat's conversation.
 */
export async function answerQuestion(ctx: BotContext, deps: BotDeps, question: string, target: AnswerTarget = {}): Promise<void> {
  const session = await ctx.session;
  const now = deps.now();
  // A pinned story bounds the search; otherwise every story is searched and the engine's own
  // state keeps follow-ups on the story in focus.
  const story = pinnedStory(deps.engine, session)?.id;
  // A reply to one of the bot's answers continues from that answer, not from whatever the group asked
  // last (one thread per group, branching where someone replies).
  const repliedTo = ctx.message?.reply_to_message;
  const thread = repliedTo !== undefined && repliedTo.from?.id === ctx.me.id ? turnOfMessage(session, repliedTo.message_id)?.state : undefined;
  const result = deps.engine.ask(question, thread ?? session.state ?? deps.engine.newState(now), {
    top: deps.config.answersPerPage,
    now,
    ...(story === undefined ? {} : { story }),
  });
  // The user gets a plain refusal; the operator gets the engine's failure (never the question's text).
  if (result.error !== undefined) deps.logger.error({ chat: ctx.chatId, error: result.error }, 'the engine failed on a question');
  session.state = result.state;
  // The pin is easy to forget: a question the pinned story does not answer but another story does is
  // told so, rather than left to think no story does. Asked afresh, so the chat's state is not touched.
  const elsewhere = story !== undefined && result.abstained && result.reason === 'not-in-story' ? answeredElsewhere(deps, question, story, now) : undefined;
  await deliver(ctx, deps, session, result, elsewhere === undefined ? target : { ...target, elsewhere });
}

/** The story other than `pinned` that answers `question` on its own, if any. */
function answeredElsewhere(deps: BotDeps, question: string, pinned: string, now: number): StoryInfo | undefined {
  const r = deps.engine.ask(question, deps.engine.newState(now), { top: 1, now });
  const id = r.abstained ? undefined : r.answers[0]?.story;
  return id === undefined || id === pinned ? undefined : deps.engine.story(id);
}

/**
 * Renders a result, records its turn and sends or edits the message. Shared by questions and "More".
 */
export async function deliver(ctx: BotContext, deps: BotDeps, session: SessionData, result: AskResult, target: AnswerTarget): Promise<void> {
  deps.metrics?.countOutcome(result);
  const lang = uiLang(session.lang, ctx.from, result.lang);
  const pages = renderAskResult(result, {
    lang,
    // Counts in the digits of the story quoted (or, for an abstention, the story in focus).
    phrases: deps.i18n.phrases(lang, deps.numerals(result.answers[0]?.story ?? result.state.story)),
    story: (id) => deps.engine.story(id),
    titles: deps.engine.stories.length > 1,
  });
  if (target.elsewhere !== undefined && pages.length > 0) {
    const note = deps.i18n.html(lang, 'answer.elsewhere', { title: isolate(`<b>${escapeHtml(target.elsewhere.title[lang])}</b>`) });
    pages[pages.length - 1] = `${pages[pages.length - 1]}\n${line(lang, note)}`;
  }
  let keyboard: InlineKeyboardMarkup | undefined;
  let turn: Turn | undefined;
  if (result.answers.length > 0) {
    turn = addTurn(session, {
      question: result.state.lastQuestion ?? '',
      cites: result.answers.map((a) => ({ story: a.story, ref: a.ref })),
      state: snapshot(result.state),
    });
    keyboard = answerKeyboard(deps, lang, turn, result.remaining > 0, result);
  }

  const chatId = ctx.chat?.id;
  if (target.editMessageId !== undefined && chatId !== undefined) {
    // An edit can only fill one message; the first page carries the best answers.
    await editHtml(ctx, chatId, target.editMessageId, pages[0] ?? '', pages.length === 1 ? keyboard : undefined);
    return;
  }
  const sent = await sendPages(ctx, pages, { keyboard, replyTo: target.replyTo });
  if (turn !== undefined)
    setTurnMessages(
      session,
      turn.id,
      sent.map((m) => m.message_id),
    );
  const first = sent[0];
  if (target.questionMessageId !== undefined && first !== undefined) linkReply(session, { question: target.questionMessageId, answer: first.message_id });
}

/**
 * The buttons under an answer: one per choice when the question was ambiguous (pressing one goes on
 * with that person), "More" (when more answers remain) and "Share" on the next row, one "Context"
 * button per quoted sentence on the last.
 */
export function answerKeyboard(deps: Pick<BotDeps, 'i18n'>, lang: Lang, turn: Turn, more: boolean, result?: Pick<AskResult, 'choices'>): InlineKeyboardMarkup {
  const { i18n } = deps;
  const choices = (result?.choices ?? []).map((c, index) => ({
    text: i18n.t(lang, 'button.choice', { n: String(index + 1), name: c.name[lang] }),
    callback_data: encodePress({ kind: 'choice', turn: turn.id, index }),
  }));
  const first: InlineKeyboardButton[] = [];
  if (more) first.push({ text: i18n.t(lang, 'button.more'), callback_data: encodePress({ kind: 'more', turn: turn.id }) });
  if (turn.question !== '') first.push({ text: i18n.t(lang, 'button.share'), switch_inline_query: [...turn.question].slice(0, INLINE_QUERY_LIMIT).join('') });
  const context = turn.cites.map((cite, index) => ({
    text: i18n.t(lang, 'button.context', { ref: cite.ref }),
    callback_data: encodePress({ kind: 'context', turn: turn.id, index }),
  }));
  return { inline_keyboard: [choices, first, context].filter((row) => row.length > 0) };
}
