/**
 * Sentence segmentation and citation labels.
 *
 * A story is one paragraph a line. Each paragraph is split into sentences at sentence-final
 * punctuation (. ! ? and the Arabic question mark ؟) that is followed by whitespace or the end of
 * the paragraph, once any closing quotation marks after it are taken into the sentence. A trailing
 * source mark ("– بي بي سي", "- BBC") is kept out of the sentences and recorded on the paragraph.
 *
 * Labels are stable: a paragraph holding one sentence is cited by its number ("22"); a paragraph
 * holding several is cited by paragraph and position ("24.2"). They depend only on the story text and
 * these rules, so they survive restarts and releases as long as the text is unchanged.
 */

/** One answer unit: a sentence of a story, verbatim, with where it sits. */
export interface Sentence {
  /** Citation label, e.g. "22" or "24.2". */
  readonly ref: string;
  /** 1-based paragraph number (the line of story.txt). */
  readonly paragraph: number;
  /** 1-based position within the paragraph. */
  readonly position: number;
  /** Position in the whole story, 0-based; neighbours are index ± 1. */
  readonly index: number;
  /** The sentence, exactly as it appears in the story text. */
  readonly text: string;
  /** Character offsets [start, end) of `text` in the story file (UTF-16 code units, as JS strings). */
  readonly start: number;
  readonly end: number;
}

/** A paragraph as split, with its optional trailing source mark. */
export interface Paragraph {
  readonly number: number;
  readonly sentences: readonly Sentence[];
  /** A source mark found at the end of the paragraph, e.g. "– بي بي سي". */
  readonly sourceMark?: string;
}

// Closing quotation marks and brackets that belong to the sentence they end:
// ” (U+201D), » (U+00BB), " (U+0022), ’ (U+2019), ) and ].
const CLOSERS = '”»"’)\\]';
const SENTENCE_END = new RegExp(`[.!?؟…]+[${CLOSERS}]*(?=\\s|$)`, 'gu');
// A source mark: a dash (– — -) then a short attribution at the very end of a paragraph.
const SOURCE_MARK = /\s*[-–—]\s*(?:بي بي سي|بي\.بي\.سي|BBC(?: News)?|رويترز|Reuters|AFP)\s*$/u;
/** How a paragraph holding a source mark ends, once trailing white space is set aside (the last words SOURCE_MARK accepts). */
const SOURCE_MARK_ENDS = ['سي', 'BBC', 'News', 'رويترز', 'Reuters', 'AFP'] as const;
const SPACE = /\s/u;
// A letter or a digit: a span without one is punctuation, not a sentence.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a paragraph may end in a source mark: SOURCE_MARK, searched from every position of the
 * paragraph, is only tried on the few that end in one of its attributions (every paragraph of every
 * story is split at each start-up).
 */
function mayEndInSourceMark(body: string): boolean {
  let end = body.length;
  while (end > 0 && SPACE.test(body[end - 1] as string)) end--;
  for (const e of SOURCE_MARK_ENDS) if (body.endsWith(e, end)) return true;
  return false;
}

/**
 * Splits one paragraph into sentences.
 * @param text the paragraph, one line of story.txt
 * @param paragraph its 1-based number
 * @param lineStart offset of the line in the file, so sentence offsets are file offsets
 * @param firstIndex story-wide index of the paragraph's first sentence
 */
export function segmentParagraph(text: string, paragraph: number, lineStart: number, firstIndex: number): Paragraph {
  let body = text;
  let sourceMark: string | undefined;
  const mark = mayEndInSourceMark(body) ? SOURCE_MARK.exec(body) : null;
  if (mark && mark.index > 0) {
    sourceMark = mark[0].trim();
    body = body.slice(0, mark.index);
  }
  // The sentences' trimmed bounds, two numbers a sentence, then the sentences themselves once their
  // number (which their labels depend on) is known: one object a sentence, built once (start-up splits
  // every paragraph of every story).
  const bounds: number[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
    if (abbreviation(body, m.index, m[0])) continue;
    const end = m.index + m[0].length;
    addSpan(body, from, end, bounds);
    from = end;
  }
  addSpan(body, from, body.length, bounds);
  const count = bounds.length / 2;
  const sentences: Sentence[] = [];
  for (let k = 0; k < count; k++) {
    const a = bounds[2 * k] as number;
    const b = bounds[2 * k + 1] as number;
    sentences.push(
      Object.freeze({
        ref: count === 1 ? String(paragraph) : `${paragraph}.${k + 1}`,
        paragraph,
        position: k + 1,
        index: firstIndex + k,
        text: body.slice(a, b),
        start: lineStart + a,
        end: lineStart + b,
      }),
    );
  }
  return sourceMark === undefined ? { number: paragraph, sentences } : { number: paragraph, sentences, sourceMark };
}

/** Adds the bounds of body[s, e) trimmed of white space on both sides (offsets kept exact), unless it holds no letter or digit. */
function addSpan(body: string, s: number, e: number, bounds: number[]): void {
  let a = s;
  let b = e;
  while (a < b && SPACE.test(body[a] ?? '')) a++;
  while (b > a && SPACE.test(body[b - 1] ?? '')) b--;
  // A span with no letter or digit (a lone "." before a source mark) is punctuation, not a sentence.
  if (!LETTER_OR_DIGIT.test(body.slice(a, b))) return;
  bounds.push(a, b);
}

// An ellipsis alone, without a closing mark: three periods or the one character.
const ELLIPSIS = /^(?:\.{3}|…)$/;

/** Whether `at` is inside a quotation: after an odd number of plain double quotes, or after a “ not yet closed by ”. */
function insideQuotation(body: string, at: number): boolean {
  let plain = 0;
  for (let i = body.indexOf('"'); i >= 0 && i < at; i = body.indexOf('"', i + 1)) plain++;
  return plain % 2 === 1 || body.lastIndexOf('“', at) > body.lastIndexOf('”', at);
}

// English abbreviations that end in a period without ending a sentence (lowercase, without the period).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st fr jr sr prof gen col lt capt cpt sgt rev mt no nos vs etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec approx est ca vol ed eds gov sen rep ft dept univ assn fig al op pp'.split(
    ' ',
  ),
);

/**
 * Whether a lone period at `at` closes an abbreviation rather than a sentence: after an initial or a
 * known abbreviation ("Joan B. Kroc", "St. Mary", "Fr. Sorin"), or before a lowercase word or a digit
 * ("U.S. officials", "r. 1500"); or whether an ellipsis at `at` only leaves words out of a quotation
 * (before a lowercase word, inside quotation marks). Arabic text has none of these.
 */
function abbreviation(body: string, at: number, mark: string): boolean {
  // An ellipsis before a lowercase word inside a quotation leaves words out of it, within its sentence
  // ("I search for in every day in music... he is lyrical and raw").
  if (ELLIPSIS.test(mark)) return /^\s+\p{Ll}/u.test(body.slice(at + mark.length, at + mark.length + 3)) && insideQuotation(body, at);
  if (mark !== '.') return false;
  const word = /([A-Za-z]+)$/.exec(body.slice(Math.max(0, at - 12), at))?.[1];
  if (word === undefined) return false;
  if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^\s+[a-z0-9]/.test(body.slice(at + 1, at + 3));
}

/**
 * Splits a whole story file (one paragraph a line) into paragraphs and sentences.
 * Blank lines are skipped but still counted, so paragraph numbers equal line numbers.
 */
export function segmentStory(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let index = 0;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') {
      const p = segmentParagraph(line, i + 1, offset, index);
      index += p.sentences.length;
      paragraphs.push(p);
    }
    offset += raw.length + 1;
  });
  return paragraphs;
}
