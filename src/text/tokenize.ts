/**
 * Splitting text into word tokens with their offsets, so matches can be highlighted in the original.
 */
import { type Script, scriptOf, scriptOfChar } from './normalize.js';

/** A word as it appears in a text. */
export interface RawToken {
  /** The word exactly as written (harakat and all). */
  readonly surface: string;
  /** Offsets [start, end) in the text (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  readonly script: Script;
}

// A word is a run of letters, combining marks (harakat), digits and tatweel; Latin words may hold an
// inner apostrophe (Trump's → one token, the 's removed later by the English analyzer). As a regular
// expression: /[\p{L}\p{M}\p{N}\u0640]+(?:['’]\p{L}+)*/gu. The scanner below does the same without a
// match object per word (that regex was about a sixth of start-up over a large archive); a test
// holds it to the expression on arbitrary text.
// A script change inside a run ("Peskovكورسك") splits it, because users omit the space between scripts;
// so does a change between digits and Arabic letters ("1295م").

/** Character classes, by code point: what a word may be made of. */
type Kind = 0 | 1 | 2 | 3;
/** Not classified yet. */
const UNKNOWN = 0;
/** \p{L}. */
const LETTER_KIND = 1;
/** \p{M}, \p{N} and tatweel: inside a word, but not after an apostrophe. */
const OTHER_KIND = 2;
/** Anything else. */
const NONE = 3;

const LETTER = /^\p{L}$/u;
const OTHER = /^[\p{M}\p{N}\u0640]$/u;
/**
 * Kinds of the Basic Multilingual Plane, filled in as characters are first seen, with the script of
 * the character (scriptOfChar) above the kind's two bits: splitting a word by script then reads the
 * table instead of testing code point ranges per character (a tenth of indexing's CPU at 1,000
 * stories; npm run bench).
 */
const bmp = new Uint8Array(0x10000);
const KIND_BITS = 3;
/** Scripts by their code in the table (0: none, as for marks and tatweel). */
const SCRIPTS: readonly (Script | undefined)[] = [undefined, 'digit', 'latin', 'ar'];
/** Code points outside the BMP whose kind is remembered. */
const ASTRAL_CACHE = 4096;
/** Kinds of the other planes (emoji, historic scripts), filled in likewise. */
const astral = new Map<number, Kind>();

function classify(cp: number): Kind {
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? LETTER_KIND : OTHER.test(ch) ? OTHER_KIND : NONE;
}

/** The table entry of a BMP code unit: its kind, and its script's code shifted by two. */
function entryOf(c: number): number {
  let e = bmp[c] as number;
  if (e === UNKNOWN) {
    e = classify(c) | (SCRIPTS.indexOf(scriptOfChar(c)) << 2);
    bmp[c] = e;
  }
  return e;
}

function kindOf(cp: number): Kind {
  if (cp < 0x10000) return (entryOf(cp) & KIND_BITS) as Kind;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(cp);
    // Bounded: users can send any of a million code points; the common ones are cached first.
    if (astral.size < ASTRAL_CACHE) astral.set(cp, k);
  }
  return k;
}

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
/**
 * A number with separators, from where a run of digits starts: thousands in groups of three ("1,500",
 * Arabic "١٬٥٠٠"), optionally with decimals, or a single decimal point ("4.2", Arabic "٤٫٢"). Not a
 * date's "20.02.2025" nor a list's "3,4": no digit or separated digit may follow (nor, see
 * afterNumberMark, precede).
 */
const NUMBER = new RegExp(
  `(?:${DIGIT}{1,3}(?:[,\u066C]${DIGIT}{3})+(?:[.\u066B]${DIGIT}+)?|${DIGIT}+[.\u066B]${DIGIT}+)(?!${DIGIT}|[.,\u066B\u066C]${DIGIT})`,
  'y',
);
/** The separators a number may hold: . , and the Arabic decimal and thousands marks (٫ ٬). */
const isNumberMark = (c: number) => c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c;
/** Whether a separator with a digit before it stands right before `at`: the second part of "20.02.2025". */
const afterNumberMark = (text: string, at: number) => at >= 2 && isNumberMark(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 2));
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
/** Arabic letters, harakat and tatweel: what may be written onto a number's front. */
const isArabicLetterOrMark = (c: number) => (c >= 0x621 && c <= 0x652) || (c >= 0x671 && c <= 0x6d3);
/**
 * Where the digits ending text[from, to) start, when all before them are Arabic letters or marks (or
 * nothing); -1 when the run is not such a number (it ends in a letter, or Latin letters lead it).
 */
function digitsFrom(text: string, from: number, to: number): number {
  let d = to;
  while (d > from && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === to) return -1;
  for (let j = from; j < d; j++) if (!isArabicLetterOrMark(text.charCodeAt(j))) return -1;
  return d;
}

const inWord = (k: Kind) => k !== NONE;
const isCapital = (c: number) => c >= 0x41 && c <= 0x5a;
/** Whether the code unit at `at` is inside a word (false past the end). */
const wordAt = (text: string, at: number) => at < text.length && inWord(kindOf(text.codePointAt(at) as number));

/**
 * Where a dotted acronym that starts with the one capital ending at `i` ends ("U.S." from "U"), or `i`
 * when none does: a dot, a capital that is a word of its own, and so on, then a last dot if written.
 */
function acronymEnd(text: string, i: number): number {
  let end = i;
  while (text.charCodeAt(end) === 0x2e && isCapital(text.charCodeAt(end + 1)) && !wordAt(text, end + 2)) end += 2;
  if (end === i) return i;
  return text.charCodeAt(end) === 0x2e ? end + 1 : end;
}
const isLetter = (k: Kind) => k === LETTER_KIND;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** Where the run of code points from `i` that `accept` takes ends. */
function runEnd(text: string, i: number, accept: (k: Kind) => boolean): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!accept(kindOf(cp))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Splits a text into word tokens, splitting further where the script changes mid-word. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  forEachWord(text, (surface, start, script) => {
    out.push({ surface, start, end: start + surface.length, script });
  });
  return out;
}

/** Something that takes the words of a text one by one: the word, its offset, its script. */
export type WordVisitor = (surface: string, start: number, script: Script) => void;

/**
 * The words `tokenize` finds, handed to `visit` one by one instead of collected: indexing turns each
 * into a shared analysed token at once, without a short-lived object per word (at 1,000 stories,
 * about a fifth less time in analysis; a CPU profile of start-up).
 */
export function forEachWord(text: string, visit: WordVisitor): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!inWord(kindOf(cp))) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // Letters, marks and digits, then any number of apostrophes each followed by letters only.
    const start = i;
    i = runEnd(text, i, inWord);
    // A number written with a thousands separator or a decimal point is one word ("1,500", "4.2",
    // "٤٫٢"), and so is what follows it without a space ("4.2m").
    // The number may come after Arabic letters written onto it ("و١٬٠٠٠", "and 1,000"): they split from it by script.
    if (i < text.length && isNumberMark(text.charCodeAt(i)) && !afterNumberMark(text, start)) {
      const digits = digitsFrom(text, start, i);
      if (digits >= 0) {
        NUMBER.lastIndex = digits;
        const m = NUMBER.exec(text);
        if (m !== null && digits + m[0].length > i) i = runEnd(text, digits + m[0].length, inWord);
      }
    }
    // An acronym written with dots ("U.S.", "U.N.", "U.S.A") is one word, as "US" is: capitals alone,
    // each but the last followed by a dot, the last dot included.
    if (i === start + 1 && isCapital(text.charCodeAt(start))) i = acronymEnd(text, i);
    // Bounded by the text's length: a read past its end (NaN, no apostrophe) sent the optimised code
    // back to be compiled again at every start-up.
    while (i < text.length && isApostrophe(text.charCodeAt(i))) {
      const end = runEnd(text, i + 1, isLetter);
      if (end === i + 1) break;
      i = end;
    }
    splitByScript(text.slice(start, i), start, visit);
  }
}

function splitByScript(word: string, offset: number, out: WordVisitor): void {
  let runStart = 0;
  let runScript: Script | undefined;
  for (let i = 0; i < word.length; i++) {
    const s = SCRIPTS[entryOf(word.charCodeAt(i)) >> 2];
    if (s === undefined) continue;
    // Digits stay with Latin letters ("3rd", "G7", "1990s"), but not with Arabic ones: a year written
    // with its era ("1295م", "656هـ") is that number, and Arabic letters are a word of their own.
    const split = runScript !== undefined && s !== runScript && !(s === 'digit' && runScript === 'latin') && !(s === 'latin' && runScript === 'digit');
    if (split) {
      push(word.slice(runStart, i), offset + runStart, runScript, out);
      runStart = i;
      runScript = s;
    } else if (runScript === undefined || runScript === 'digit') runScript = s;
  }
  push(word.slice(runStart), offset + runStart, runScript, out);
}

/** Adds a token; a run with no Arabic or Latin letter and no digit is classified the slow way (other scripts, marks only). */
function push(surface: string, start: number, script: Script | undefined, visit: WordVisitor): void {
  if (surface === '') return;
  if (script === undefined) {
    if (!/[\p{L}\p{N}]/u.test(surface)) return;
    script = scriptOf(surface);
  }
  visit(surface, start, script);
}
