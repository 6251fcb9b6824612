/**
 * Rendering an AskResult as plain text for the terminal: each answer with its label, the matched
 * words marked, the English rendering (labelled as a translation, or as a machine translation when a
 * server made it) and the source (saying "machine translation" only for a story that is one).
 */

import { hasLettersOf, type PerLanguage, RENDERING_LANGUAGE } from '../text/languages.js';
import type { Answer, AskResult, GlossItem, Lang, Span, StoryInfo } from '../types.js';

/** How to render. */
export interface TextStyle {
  /** Mark matched words with ANSI bold (for terminals) instead of [brackets]. */
  readonly ansi: boolean;
  /** The reader's language: English readers also get the translation. */
  readonly lang: Lang;
}

/** Marks spans of a text, either with ANSI bold or with brackets; spans separated only by spaces are marked as one. */
export function mark(text: string, spans: readonly Span[], ansi: boolean): string {
  const joined: Span[] = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, s.start))) joined[joined.length - 1] = { start: last.start, end: s.end };
    else joined.push(s);
  }
  let out = '';
  let at = 0;
  for (const s of joined) {
    if (s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start) + (ansi ? `\x1b[1m${text.slice(s.start, s.end)}\x1b[22m` : `[${text.slice(s.start, s.end)}]`);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Words the terminal shows, per language. */
export interface TextWords {
  readonly translation: string;
  readonly notInStory: string;
  readonly notInStoryNamed: (names: string) => string;
  readonly noContent: string;
  readonly empty: string;
  readonly noMore: string;
  /** A first question about today refused: the story tells its own day. */
  readonly present: string;
  readonly more: (n: number) => string;
  /** Labels a machine-made English rendering, and the source of a story whose text is a machine translation. */
  readonly machineTranslation: string;
  /** The label of a gloss line: dictionary words, not a translation. */
  readonly gloss: string;
  /** Heads an ambiguous answer: it names the people it could be about. */
  readonly ambiguous: (names: readonly string[]) => string;
  /** One numbered choice: "{n}) {name}". */
  readonly choice: (n: number, name: string) => string;
  /** Tells how to pick one of `count` choices: "Type 1 or 2 to go on with one of them." */
  readonly pick: (count: number) => string;
}

/** The source line: story title, publisher, and, for a story whose text is one, "(machine translation)". */
export function sourceLine(story: StoryInfo, words: TextWords, lang: Lang): string {
  const line = `— ${story.title[lang]}, ${story.source}`;
  return story.machineTranslated === true ? `${line} (${words.machineTranslation})` : line;
}

/**
 * Renders one answer: its label ("23", or "23–24.1" for a quotation over two sentences), then each
 * sentence it quotes, verbatim; `story` adds its source line (left out when one line serves several answers).
 */
export function renderAnswer(a: Answer, story: StoryInfo | undefined, words: TextWords, style: TextStyle): string {
  const parts = a.parts.length > 0 ? a.parts : [a];
  const lines = [`[${a.label}] ${parts.map((p) => mark(p.text, p.highlights, style.ansi)).join(' ')}`];
  if (style.lang === RENDERING_LANGUAGE && parts.some((p) => p.translation !== undefined)) {
    const translated = parts.flatMap((p) => (p.translation === undefined ? [] : [mark(p.translation, p.translationHighlights, style.ansi)]));
    const label = a.translationKind === 'machine' ? words.machineTranslation : words.translation;
    lines.push(`      ${label}: ${translated.join(' ')}`);
  } else {
    const gloss = glossFor(a, style.lang);
    if (gloss.length > 0) lines.push(`      ${words.gloss}: ${glossLine(gloss)}`);
  }
  if (story) lines.push(`      ${sourceLine(story, words, style.lang)}`);
  return lines.join('\n');
}

/**
 * The gloss items written in the reader's language: an English reader's for an Arabic quote ("بيسكوف =
 * Peskov"), an Arabic reader's for an English one ("born = ولد"); none for a quote in the reader's own.
 */
export function glossFor(a: { readonly gloss?: readonly GlossItem[] }, lang: Lang): readonly GlossItem[] {
  return (a.gloss ?? []).filter((g) => hasLettersOf(g.gloss, lang) && !hasLettersOf(g.word, lang));
}

/** A gloss as one line: "بيسكوف = Peskov · مستحيل = impossible". */
export function glossLine(items: readonly { readonly word: string; readonly gloss: string }[]): string {
  return items.map((g) => `${g.word} = ${g.gloss}`).join(' · ');
}

/** Renders a whole result. */
export function renderResult(r: AskResult, storyOf: (id: string) => StoryInfo | undefined, words: TextWords, style: TextStyle): string {
  if (r.abstained) {
    switch (r.reason) {
      case 'no-content':
        return words.noContent;
      case 'empty':
        return words.empty;
      case 'no-more':
        return words.noMore;
      case 'present':
        return words.present;
      default:
        return r.unknown.length > 0 ? words.notInStoryNamed(r.unknown.slice(0, 3).join(', ')) : words.notInStory;
    }
  }
  // Answers from one story share one source line, after them.
  const one = new Set(r.answers.map((a) => a.story)).size === 1 ? storyOf(r.answers[0]?.story ?? '') : undefined;
  const name = (n: PerLanguage<string>) => n[style.lang];
  const choices = r.choices ?? [];
  // An ambiguous question: say so, and number each person's answer so typing the number picks it.
  const parts: string[] = choices.length > 0 ? [words.ambiguous(choices.map((c) => name(c.name)))] : [];
  r.answers.forEach((a, i) => {
    const choice = choices.find((c) => c.answer === i);
    const body = renderAnswer(a, one ? undefined : storyOf(a.story), words, style);
    parts.push(choice === undefined ? body : `${words.choice(i + 1, name(choice.name))}\n${body}`);
  });
  if (one) parts.push(sourceLine(one, words, style.lang));
  if (choices.length > 0) parts.push(words.pick(choices.length));
  if (r.remaining > 0) parts.push(words.more(r.remaining));
  return parts.join('\n\n');
}
