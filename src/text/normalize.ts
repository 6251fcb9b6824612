/**
 * Character-level normalization, shared by indexing and querying so both sides fold the same way.
 * Display text is never normalized: answers quote the story verbatim; these functions only build keys.
 */

// Bidi controls: LRM/RLM (U+200E/F), ALM (U+061C), embeddings and overrides (U+202A–U+202E),
// isolates (U+2066–U+2069); zero-width space/joiners (U+200B–U+200D), BOM (U+FEFF), soft hyphen (U+00AD),
// and C0/C1 control characters except tab and newline. Users paste these from other apps; they carry no meaning.
const INVISIBLE = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Removes bidi controls, zero-width characters and control characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// Harakat and Quranic marks: fathatan..sukun and the rest of U+064B–U+065F, superscript alef (U+0670),
// small high marks (U+06D6–U+06ED); and tatweel (U+0640), which only stretches a word.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

// A letter typed three times or more in a row (الللاعبين, a key held down; جداااا, a word stretched in a
// chat): Arabic spells no word so, and twice is the most it does (ال + ل in الليل).
const REPEATED_LETTER = /([\u0621-\u064A])\1{2,}/g;

/**
 * Folds the Arabic spelling variations that users and translators mix freely:
 * - harakat, Quranic marks and tatweel (ـ) are removed;
 * - alef with hamza above/below, alef with madda and alef wasla (أ إ آ ٱ) become bare alef (ا);
 * - alef maqsura (ى) becomes yaa (ي), and Persian yeh (ی) too;
 * - taa marbuta (ة) becomes haa (ه), since it is often typed as ه;
 * - waw with hamza (ؤ) and yaa with hamza (ئ) become the hamza on the line (ء): the seat is spelling, the
 *   hamza the letter. Folded to و and ي they made other words (فئة as فيه, "in it", a stop word; هيئة as
 *   هي; رئة as ري, "irrigation"); as ء, مسؤول and مسئول, شؤون and شئون meet, بيئة its nisba بيئي, and a
 *   word in اء keeps its hamza before a pronoun (أسماؤه, أبنائهم are اسماءه, ابناءهم);
 * - Persian keheh (ک) and gaf (گ) become kaf (ك); the letters Arabic Wikipedia borrows for foreign
 *   sounds become the letter Arabic otherwise writes them with: pe (پ) baa (ب), ve (ڤ) faa (ف), che (چ)
 *   jeem (ج), so الپاراسیتامول meets الباراسيتامول and أوروپا أوروبا;
 * - Arabic-Indic (٠–٩) and extended Arabic-Indic (۰–۹) digits become ASCII digits;
 * - a letter written three times or more in a row is written twice.
 * Input should already be NFKC (presentation forms and the lam-alef ligature expanded).
 */
export function foldArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[ؤئ]/g, 'ء')
    .replace(/[کگ]/g, 'ك')
    .replace(/پ/g, 'ب')
    .replace(/ڤ/g, 'ف')
    .replace(/چ/g, 'ج')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(REPEATED_LETTER, '$1$1');
}

/** Lowercases Latin text and removes its accents (é → e), so "Zelenskyy" and "ZELENSKYY" key alike. */
export function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The script of a token, decided by its first letter or digit. */
export type Script = 'ar' | 'latin' | 'digit' | 'other';

/** The script of one character (by code point), or undefined for marks, punctuation and spaces. */
export function scriptOfChar(c: number): Script | undefined {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return 'digit';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'latin';
  if (
    (c >= 0x620 && c <= 0x64a) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x6fa && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  ) {
    // Tatweel (U+0640) is a letter-shaped filler, not a script change.
    return c === 0x640 ? undefined : 'ar';
  }
  return undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Tells which script a token is written in, by its first letter or digit. */
export function scriptOf(token: string): Script {
  for (const ch of token) {
    const s = scriptOfChar(ch.codePointAt(0) as number);
    if (s !== undefined) return s;
    if (LETTER_OR_DIGIT.test(ch)) return 'other';
  }
  return 'other';
}

/** Cyrillic capitals drawn as Latin capitals are, and the Latin letter each looks like. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
};

/**
 * A Cyrillic acronym written only in capitals that look like Latin ones (СССР, ТАСС), as the Latin
 * letters it looks like (CCCP, TACC), which is how a reader types it; undefined for anything else
 * (КГБ, a word in lower case). Cyrillic is no script the search reads, so such a word was no key at all.
 */
export function cyrillicAcronymAsLatin(surface: string): string | undefined {
  if (surface.length < 2 || surface.length > 6) return undefined;
  let out = '';
  for (const ch of surface) {
    const l = CYRILLIC_LOOKALIKES[ch];
    if (l === undefined) return undefined;
    out += l;
  }
  return out;
}

/** Normalizes any text for analysis: NFKC, invisible characters removed, Arabic folded. */
export function normalizeForAnalysis(text: string): string {
  return foldArabic(stripInvisible(text.normalize('NFKC')));
}
