/**
 * Questions: any text in a private chat, and addressed messages in groups (see addressing.ts).
 * An edited question gets its earlier answer edited.
 */
import { Composer } from 'grammy';
import { escapeHtml } from '../../answer/telegram.js';
import { readAddressed } from '../addressing.js';
import { answerQuestion } from '../answering.js';
import type { BotContext, BotDeps } from '../context.js';
import { uiLang } from '../i18n.js';
import { sendPages } from '../reply.js';
import { answeredExamples } from './welcome.js';

/** Handles questions in new and edited text messages. */
export function askFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('message:text', async (ctx, next) => {
    const addressed = readAddressed(ctx.message, ctx.me);
    if (addressed.kind === 'none') return next();
    if (addressed.kind === 'question') return answerQuestion(ctx, deps, addressed.text, { questionMessageId: ctx.message.message_id });
    const session = await ctx.session;
    const lang = uiLang(session.lang, ctx.from);
    if (addressed.kind === 'usage') {
      // An example the stories answer, or a placeholder: the shipped example may be about a story removed.
      const example = answeredExamples(deps, lang)[0]?.text ?? deps.i18n.t(lang, 'ask.example');
      await sendPages(ctx, [deps.i18n.html(lang, 'ask.usage', { example: escapeHtml(example) })]);
    } else await sendPages(ctx, [deps.i18n.html(lang, 'hint.unknownCommand')]);
  });

  composer.on('edited_message:text', async (ctx, next) => {
    const addressed = readAddressed(ctx.editedMessage, ctx.me);
    if (addressed.kind !== 'question') return next();
    const session = await ctx.session;
    const messageId = ctx.editedMessage.message_id;
    const earlier = session.replies.find((link) => link.question === messageId);
    // No earlier answer (too old, or the edit is what addressed the bot): answer afresh.
    await answerQuestion(ctx, deps, addressed.text, { questionMessageId: messageId, editMessageId: earlier?.answer });
  });

  return composer;
}
