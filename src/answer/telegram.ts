/**
 * Renders answers as Telegram HTML (parse_mode "HTML").
 *
 * Three rules hold for everything produced here:
 * - every piece of text that came from users or data is escaped (`escapeHtml`);
 * - quoted sentences are byte-for-byte the story's text: bold tags may wrap the matched words, but no
 *   direction marks or other characters are ever inserted into them;
 * - no message is longer than `MESSAGE_LIMIT`: long results are split into several pages.
 *
 * Direction: Telegram lays out each line by its first strong character, so every line we write in
 * the UI language starts with a mark (LRM for English, RLM for Arabic), and user text of unknown
 * direction is wrapped in an isolate (FSI … PDI).
 */

import { LANGUAGES, type PerLanguage, RENDERING_LANGUAGE } from '../text/languages.js';
import { mergeSpans } from '../text/spans.js';
import type { AbstainReason, Answer, AskResult, GlossItem, Lang, SentenceView, Span, StoryInfo } from '../types.js';
import { glossFor } from './text.js';

/** Telegram's limit for a message text. We measure the HTML source, which is never shorter than the visible text. */
export const MESSAGE_LIMIT = 4096;

/**
 * Unknown words an abstention names, at most. It answers "what does the story not mention?", which a
 * few words do; listing them all let anyone make the bot post a thousand characters of their own
 * words in a group (a 1,000-character question once gave 458 bold words, 5,998 characters).
 */
export const MAX_UNKNOWN_TERMS = 3;
/** Characters of one unknown word shown, at most; a longer one is cut and ends with "…". */
export const MAX_TERM_CHARS = 32;

/** Unicode direction controls. */
export const MARK = Object.freeze({
  /** LEFT-TO-RIGHT MARK: starts an English line. */
  LRM: '\u200E',
  /** RIGHT-TO-LEFT MARK: starts an Arabic line. */
  RLM: '\u200F',
  /** FIRST STRONG ISOLATE: opens a run whose direction follows its own first letter. */
  FSI: '\u2068',
  /** POP DIRECTIONAL ISOLATE: closes the isolate. */
  PDI: '\u2069',
});

/**
 * Escapes text for Telegram HTML: `&`, `<` and `>` (and `"` so the result is also safe in attributes).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Wraps already-escaped HTML in a first-strong isolate, for text of unknown direction inside a UI line. */
export function isolate(html: string): string {
  return `${MARK.FSI}${html}${MARK.PDI}`;
}

/** Starts a UI line with the mark for its language, so Telegram lays it out in that direction. */
export function line(lang: Lang, html: string): string {
  return (LANGUAGES[lang].direction === 'rtl' ? MARK.RLM : MARK.LRM) + html;
}

/**
 * Escapes `text` and wraps the given spans in `<b>`. Spans may overlap, touch, be unsorted or reach
 * past the end: they are clamped and merged first, so the tags always balance.
 */
export function withBold(text: string, spans: readonly Span[]): string {
  // Bridge spans separated only by spaces ("<b>Donald Trump</b>", not "<b>Donald</b> <b>Trump</b>"):
  // it reads the same and spends fewer of Telegram's ~100 entities per message.
  const bridged: Span[] = [];
  for (const span of mergeSpans(spans, text.length)) {
    const last = bridged.at(-1);
    if (last !== undefined && /^[ \u00A0]+$/.test(text.slice(last.end, span.start))) bridged[bridged.length - 1] = { start: last.start, end: span.end };
    else bridged.push(span);
  }
  let html = '';
  let at = 0;
  for (const span of bridged) {
    html += `${escapeHtml(text.slice(at, span.start))}<b>${escapeHtml(text.slice(span.start, span.end))}</b>`;
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}

export { mergeSpans } from '../text/spans.js';

/** The prompt keys the renderer uses. */
export type AnswerPhrase =
  | 'answer.followUp'
  | 'answer.label'
  | 'answer.translation'
  | 'answer.gloss'
  | 'answer.machineTranslation'
  | 'answer.source'
  | 'answer.source.machine'
  | `textLanguage.${Lang}`
  | 'answer.remaining'
  | 'answer.ambiguous'
  | 'answer.choice'
  | 'answer.or'
  | 'context.header'
  | 'abstain.unknown'
  | `abstain.${AbstainReason}`;

/**
 * The UI words, already in the reader's language. `html` escapes the template itself and inserts
 * `vars` as they are, so callers escape the values (that is what keeps data and markup apart).
 */
export interface Phrases {
  html(key: AnswerPhrase, vars?: Readonly<Record<string, string>>): string;
}

/** What the renderer needs besides the result. */
export interface RenderOptions {
  /** The UI language: English adds each sentence's English rendering. */
  readonly lang: Lang;
  readonly phrases: Phrases;
  /** Story metadata by id, for the source line. */
  readonly story: (id: string) => StoryInfo | undefined;
  /** Maximum length of one page; defaults to MESSAGE_LIMIT. */
  readonly limit?: number;
  /**
   * Name the story (its title) on each quote's label line. Front ends set it when more than one
   * story is loaded, so every quote says which story it comes from, not just which sentence.
   */
  readonly titles?: boolean;
}

/**
 * Renders an `AskResult` as one or more HTML pages, each at most `limit` characters.
 *
 * Each answer becomes its label in bold, the Arabic sentence in a blockquote with the matched words
 * in bold, and, for the English UI, the English rendering labelled as a translation. The last page
 * ends with the source line of every story quoted and how many more answers "More" would show.
 * An abstention becomes one line that says the story does not say, naming the unknown terms.
 *
 * @example
 * const pages = renderAskResult(engine.ask('Who did Trump call?'), { lang: 'en', phrases, story: engine.story });
 * for (const page of pages) await ctx.reply(page, { parse_mode: 'HTML' });
 */
export function renderAskResult(result: AskResult, options: RenderOptions): string[] {
  const { lang, phrases } = options;
  const limit = options.limit ?? MESSAGE_LIMIT;
  if (result.abstained || result.answers.length === 0) return [renderAbstention(result, options)];

  const header = result.followUp && !result.more && result.choices === undefined ? [line(lang, `<i>${phrases.html('answer.followUp')}</i>`)] : [];
  const choices = result.choices ?? [];
  const nameOf = (n: PerLanguage<string>) => `<b>${isolate(escapeHtml(n[lang]))}</b>`;
  // An ambiguous question: say so, and head each person's answer with their number (the buttons carry it too).
  if (choices.length > 0)
    header.push(line(lang, phrases.html('answer.ambiguous', { names: choices.map((c) => nameOf(c.name)).join(phrases.html('answer.or')) })));
  const blocks = result.answers.flatMap((answer, i) => {
    const choice = choices.find((c) => c.answer === i);
    const quoted = renderAnswerBlocks(answer, options);
    return choice === undefined
      ? quoted
      : [`${line(lang, phrases.html('answer.choice', { n: String(i + 1), name: nameOf(choice.name) }))}\n${quoted[0] ?? ''}`, ...quoted.slice(1)];
  });
  const footer = [...new Set(result.answers.map((a) => a.story))]
    .map((id) => options.story(id))
    .filter((story): story is StoryInfo => story !== undefined)
    .map((story) => renderSourceLine(story, options));
  if (result.remaining > 0) footer.push(line(lang, phrases.html('answer.remaining', { count: String(result.remaining) })));
  return paginate([...header, ...blocks], footer.join('\n'), limit);
}

/**
 * Renders one answer: one sentence, or a quotation over two sentences under one label ("23–24.1"),
 * each sentence in its own blockquote, verbatim. Returns one block, or more when it would overflow.
 */
export function renderAnswerBlocks(answer: Answer, options: RenderOptions): string[] {
  const parts = answer.parts.length > 0 ? answer.parts : [answer];
  if (parts.length === 1) return renderQuote(answer, options, answer.highlights, answer.translationHighlights);
  const { lang, phrases } = options;
  const limit = options.limit ?? MESSAGE_LIMIT;
  const story = options.titles === true ? options.story(answer.story) : undefined;
  const title = story === undefined ? '' : ` ${isolate(`<i>${escapeHtml(story.title[lang])}</i>`)}`;
  const label = line(lang, `<b>${phrases.html('answer.label', { ref: escapeHtml(answer.label) })}</b>${title}`);
  const quotes = parts.map((p) => `<blockquote>${withBold(p.text, p.highlights)}</blockquote>`);
  const translated = parts.flatMap((p) =>
    lang === RENDERING_LANGUAGE && p.translation !== undefined ? [withBold(p.translation, p.translationHighlights)] : [],
  );
  const translation = translated.length > 0 ? [line(RENDERING_LANGUAGE, `<i>${phrases.html('answer.translation')}</i> ${translated.join(' ')}`)] : [];
  // The answer's gloss, as under one sentence: the parts carry none of their own.
  const gloss = translated.length === 0 ? glossHtml(answer, options) : undefined;
  const block = [label, ...quotes, ...translation, ...(gloss === undefined ? [] : [gloss])].join('\n');
  if (block.length <= limit) return [block];
  // Too long for one message: each sentence on its own, under the span's label, then the rest.
  const quoted = parts.flatMap((p, i) => renderQuote(p, { ...options, labelPrefix: i === 0 ? '' : '… ' }, p.highlights, p.translationHighlights));
  return gloss === undefined || gloss.length > limit ? quoted : [...quoted, gloss];
}

/**
 * The gloss line under a quote with no rendering: its matched words in the reader's language, labelled
 * as dictionary words, not a translation (an Arabic quote's English for an English reader, an English
 * quote's Arabic for an Arabic one); undefined when it has none.
 */
function glossHtml(sentence: { readonly gloss?: readonly GlossItem[] }, options: Pick<RenderOptions, 'lang' | 'phrases'>): string | undefined {
  const items = glossFor(sentence, options.lang);
  if (items.length === 0) return undefined;
  return line(
    options.lang,
    `<i>${options.phrases.html('answer.gloss')}</i> ${items.map((g) => `${isolate(escapeHtml(g.word))} = ${isolate(escapeHtml(g.gloss))}`).join(' · ')}`,
  );
}

/** Options for one quoted sentence. */
export interface QuoteOptions extends RenderOptions {
  readonly highlights?: readonly Span[];
  readonly translationHighlights?: readonly Span[];
  /** Shown instead of the plain label, e.g. to point at the cited sentence among its context. */
  readonly labelPrefix?: string;
}

/**
 * Renders one sentence: label line, blockquote with the verbatim text, and (English UI) the
 * translation. Returns one block, or several when the sentence alone would overflow a message.
 * The highlights may be given apart from the options, so a caller rendering many answers with the
 * same options need not copy them for each.
 */
export function renderQuote(
  sentence: SentenceView,
  options: QuoteOptions,
  highlights: readonly Span[] = options.highlights ?? [],
  translationHighlights: readonly Span[] = options.translationHighlights ?? [],
): string[] {
  const { lang, phrases } = options;
  const limit = options.limit ?? MESSAGE_LIMIT;
  const story = options.titles === true ? options.story(sentence.story) : undefined;
  // The title is data of either direction inside a UI line, hence the isolate.
  const title = story === undefined ? '' : ` ${isolate(`<i>${escapeHtml(story.title[lang])}</i>`)}`;
  const label = line(lang, `${options.labelPrefix ?? ''}<b>${phrases.html('answer.label', { ref: escapeHtml(sentence.ref) })}</b>${title}`);
  const quote = `<blockquote>${withBold(sentence.text, highlights)}</blockquote>`;
  const translation =
    lang === RENDERING_LANGUAGE && sentence.translation !== undefined
      ? line(RENDERING_LANGUAGE, `<i>${phrases.html(translationLabel(sentence))}</i> ${withBold(sentence.translation, translationHighlights)}`)
      : undefined;
  // No rendering: the matched words in the reader's language.
  const gloss = sentence.translation === undefined ? glossHtml(sentence as { gloss?: readonly GlossItem[] }, options) : undefined;
  const block = [label, quote, translation, gloss].filter((part) => part !== undefined).join('\n');
  if (block.length <= limit) return [block];

  // Too long for one message (only a pathological sentence gets here): quote it in pieces, then the translation.
  const pieces = splitText(sentence.text, highlights, limit - label.length - 30).map((html) => `<blockquote>${html}</blockquote>`);
  const translated =
    lang === RENDERING_LANGUAGE && sentence.translation !== undefined
      ? splitText(sentence.translation, translationHighlights, limit - 200).map((html) => line(RENDERING_LANGUAGE, html))
      : [];
  const glossed = gloss === undefined || gloss.length > limit ? [] : [gloss];
  return [`${label}\n${pieces[0] ?? ''}`, ...pieces.slice(1), ...translated, ...glossed];
}

/**
 * The key that labels a sentence's English rendering: a machine translation fetched by add-story is
 * never presented as the project's own translation.
 */
export function translationLabel(sentence: Pick<SentenceView, 'translationKind'>): 'answer.translation' | 'answer.machineTranslation' {
  return sentence.translationKind === 'machine' ? 'answer.machineTranslation' : 'answer.translation';
}

/** The attribution line: story title, publisher, date, and, for a story whose text is one, that it is a machine translation. */
export function renderSourceLine(story: StoryInfo, options: Pick<RenderOptions, 'lang' | 'phrases'>): string {
  const title = story.title[options.lang];
  const html = options.phrases.html(story.machineTranslated === true ? 'answer.source.machine' : 'answer.source', {
    title: isolate(escapeHtml(title)),
    source: isolate(escapeHtml(story.source)),
    date: isolate(escapeHtml(story.published)),
    language: options.phrases.html(`textLanguage.${story.language}`),
  });
  return line(options.lang, `<i>${html}</i>`);
}

/**
 * Renders the sentences around a cited one, in story order, the cited one marked with a pointer.
 */
export function renderContext(sentences: readonly SentenceView[], citedRef: string, options: RenderOptions): string[] {
  const limit = options.limit ?? MESSAGE_LIMIT;
  const cited = sentences.find((s) => s.ref === citedRef);
  const header = line(options.lang, options.phrases.html('context.header', { label: isolate(escapeHtml(citedLabel(citedRef, options))) }));
  const blocks = sentences.flatMap((s) => renderQuote(s, { ...options, labelPrefix: s.ref === citedRef ? '▶ ' : '' }));
  const story = cited === undefined ? undefined : options.story(cited.story);
  return paginate([header, ...blocks], story === undefined ? '' : renderSourceLine(story, options), limit);
}

function citedLabel(ref: string, options: RenderOptions): string {
  // The label template is plain text once its placeholder is filled; unescape the one entity it can hold.
  return options.phrases.html('answer.label', { ref }).replaceAll('&amp;', '&');
}

function renderAbstention(result: AskResult, options: RenderOptions): string {
  const { lang, phrases } = options;
  if (result.unknown.length > 0 && result.reason !== 'empty' && result.reason !== 'no-more') {
    const separator = LANGUAGES[lang].listSeparator;
    const shown = result.unknown.slice(0, MAX_UNKNOWN_TERMS).map((term) => `<b>${isolate(escapeHtml(clip(term, MAX_TERM_CHARS)))}</b>`);
    // "…" says there were more, without posting them.
    const terms = shown.join(separator) + (result.unknown.length > MAX_UNKNOWN_TERMS ? `${separator}…` : '');
    return line(lang, phrases.html('abstain.unknown', { terms }));
  }
  return line(lang, phrases.html(`abstain.${result.reason ?? 'not-in-story'}`));
}

/** The first `max` code points of `text`, with "…" when it was longer (never splits a surrogate pair). */
function clip(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Packs blocks into pages of at most `limit` characters, blocks separated by a blank line,
 * with `footer` at the end of the last page. A block longer than `limit` must not be passed.
 */
export function paginate(blocks: readonly string[], footer: string, limit = MESSAGE_LIMIT): string[] {
  const pages: string[] = [];
  let page = '';
  for (const block of footer === '' ? blocks : [...blocks, footer]) {
    const joined = page === '' ? block : `${page}\n\n${block}`;
    if (joined.length <= limit) page = joined;
    else {
      if (page !== '') pages.push(page);
      page = block.slice(0, limit); // only a caller bug makes slice() cut anything
    }
  }
  if (page !== '') pages.push(page);
  return pages;
}

/**
 * Splits text into escaped HTML pieces of at most `max` characters, at spaces when possible,
 * keeping bold spans balanced within each piece. Never inserts characters into the text.
 */
function splitText(text: string, spans: readonly Span[], max: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + Math.max(1, max));
    for (;;) {
      if (end < text.length) {
        const space = text.lastIndexOf(' ', end);
        if (space > start) end = space + 1;
        else if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end -= 1; // don't split a surrogate pair
      }
      const shifted = spans.map((s) => ({ start: s.start - start, end: s.end - start }));
      const html = withBold(text.slice(start, end), shifted);
      // Escaping can lengthen the piece; shrink until it fits.
      if (html.length <= max || end - start <= 1) {
        pieces.push(html);
        break;
      }
      end = start + Math.max(1, Math.floor((end - start) * 0.8));
    }
    start = end;
  }
  return pieces;
}
