/**
 * Whether a sentence writes a number that may answer "how many": a count, not a date. A year (1500,
 * 2009), the day of a month ("May 7", "7 مايو") and an ordinal ("17th") are numbers a story writes on
 * nearly every line, and a sentence holding only those does not give a count ("The official tally of
 * students killed … was not released until May 7, 2009" answers no "how many students were killed?").
 */
import { foldArabic } from '../text/normalize.js';
import { CALENDAR_WORD } from './names.js';

// A bare four-digit number in these centuries is read as a year: a count that large is written with a
// thousands separator in English ("5,335"), and the stories' Arabic counts of thousands too ("69,197").
const YEAR = /^(1[5-9]|20)\d\d$/;
// Numbers with their separators ("5,335", "6.5"), in Western or Arabic-Indic digits.
const NUMBER = /[0-9\u0660-\u0669][0-9\u0660-\u0669,.\u066b\u066c]*/g;
// An English ordinal's ending right after the digits.
const ORDINAL = /^(st|nd|rd|th)\b/i;
// A year of any length by its era after it ("61 AD", "332 BC", "سنة 61 للهجرة", "61 هـ", "ق.م").
const ERA = /^\s*(?:(?:AD|BC|BCE|CE)(?!\p{L})|A\.D\.|B\.C\.|للهجر|هـ|ه(?!\p{L})|هجري|ق\.?\s?م(?!\p{L})|قبل الميلاد|ميلادي|م(?!\p{L}))/u;
// A year of any length by the word before it ("the year 61", "سنة 61", "عام 61"), folded.
const YEAR_WORD = /^(?:year|[وبل]?(?:ال)?(?:سنه|عام))$/;
// The word next to the number, either side (with a comma or a dot between, as in "May 7, 2009").
const WORD_AFTER = /^[\s,.]*([\p{L}]+)/u;
const WORD_BEFORE = /([\p{L}]+)[\s,.]*$/u;

/** Whether a word is a month or weekday name (English or Arabic), folded as the name finder folds them. */
function calendar(word: string | undefined): boolean {
  if (word === undefined) return false;
  const w = foldArabic(word.toLowerCase());
  return CALENDAR_WORD.test(w) || CALENDAR_WORD.test(w.replace(/^[وبل]/, ''));
}

/** Whether a number of up to four digits is a year by its era or by the word "year" before it ("61 AD", "سنة 61"). */
function eraYear(digits: string, before: string, after: string): boolean {
  return /^\d{1,4}$/.test(digits) && (ERA.test(after) || YEAR_WORD.test(foldArabic(WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '')));
}

/** Whether `text` writes a number that is not a year, a day of a month or an ordinal. */
export function writesCount(text: string): boolean {
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[0].replace(/[,.\u066b\u066c]+$/, '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 30);
    const before = text.slice(Math.max(0, at - 30), at);
    if (YEAR.test(digits) || ORDINAL.test(after)) continue;
    if (/^\d{1,2}$/.test(digits) && (calendar(WORD_AFTER.exec(after)?.[1]) || calendar(WORD_BEFORE.exec(before)?.[1]))) continue;
    // The year of a date, whatever the century: "March 10, 1403", "أيار 1403".
    if (/^\d{3,4}$/.test(digits) && calendar(WORD_BEFORE.exec(before.replace(/\d{1,2}[\s,]*$/, ''))?.[1])) continue;
    if (eraYear(digits, before, after)) continue;
    return true;
  }
  return false;
}

/** Whether `text` writes a number that may be a date: a year (three or four digits, no separator) or a day beside a month. */
export function writesDate(text: string): boolean {
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0].replace(/[,.\u066b\u066c]+$/, '');
    const digits = raw.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 30);
    const before = text.slice(Math.max(0, at - 30), at);
    if (/^\d{3,4}$/.test(digits) && Number(digits) <= 2099 && !/^\s*%/.test(after)) return true;
    if (/^\d{1,2}$/.test(digits) && (calendar(WORD_AFTER.exec(after)?.[1]) || calendar(WORD_BEFORE.exec(before)?.[1]))) return true;
    if (eraYear(digits, before, after)) return true;
  }
  return false;
}

// A unit of time, folded (Arabic with its article or a preposition on it; دقائق as دقاءق): a number before one counts time.
const TIME_UNIT =
  /^(?:[وبل]?(?:ال)?(?:سنه|سنوات|سنين|عام|عاما|اعوام|شهر|شهرا|اشهر|شهور|يوم|يوما|ايام|ساعه|ساعات|دقيقه|دقاءق|قرن|قرون|عقد|عقود|اسبوع|اسبوعا|اسابيع)|years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries)$/;
// An Arabic ordinal of the units with its article, folded (الحادي, الحاديه, الثالث …): the tens after it
// (والعشرون) make one ordinal with it.
const ARABIC_UNIT_ORDINAL = /^[وف]?ال(?:حادي|حاديه|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه)$/;
// An English ordinal of the units, after a tens word and a hyphen ("twenty-first").
const ENGLISH_UNIT_ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/;
// An English ordinal word joined to a noun by a hyphen.
const ORDINAL_ADJECTIVE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-(?=\p{L})/giu;
// What stands between the two numbers of a range: a dash, "to", إلى, و.
const RANGE_BETWEEN = /^\s*(?:[-\u2010-\u2015]|to|and|إلى|الى|و)\s*$/;
const RANGE_WORD = /^(?:to|and|إلى|الى|و)$/;
// A word or a number, with a number's separators.
const WORD_OR_NUMBER = /[\p{L}\p{M}]+|[0-9\u0660-\u0669][0-9\u0660-\u0669,.\u066b\u066c]*/gu;

/** Whether a word, folded, is a unit of time ("years", سنوات, عامًا). */
export function isTimeUnit(word: string): boolean {
  return TIME_UNIT.test(foldArabic(word.toLowerCase()));
}

/**
 * `text` without the counts of time in it ("600 years", "for ten months", عشر سنوات, 53 عامًا, "11-14
 * weeks"): a number before a unit of time is a duration or an age, which answers "how long" or "how
 * old", not "how many" of anything else. Nor do ordinals count: a number word dating a time (القرن
 * العشرين, "the twentieth century"), the tens of an ordinal (الحادية والعشرون, "twenty-first") and an
 * ordinal made an adjective ("fifth-generation") go too. `isNumberWord` says which words are numbers
 * ("ten", عشر); digits always are.
 */
export function withoutDurations(text: string, isNumberWord: (word: string) => boolean): string {
  // An ordinal word made an adjective (fifth-generation) counts nothing.
  text = text.replace(ORDINAL_ADJECTIVE, ' ');
  const words = [...text.matchAll(WORD_OR_NUMBER)];
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    const next = words[i + 1] as RegExpMatchArray;
    // "القرن العشرين" (the twentieth century), "العام الخامس": a number word after a time unit with the
    // article is an ordinal, a date, not a count.
    if (/^ال/.test(foldArabic(w[0])) && isTimeUnit(w[0]) && isNumberWord(next[0])) {
      out += text.slice(from, next.index);
      from = (next.index ?? 0) + next[0].length;
      i++;
      continue;
    }
    // "البطولة الحادية والعشرون" (the twenty-first tournament), "twenty-first": the tens of an ordinal.
    if (isNumberWord(next[0]) && ARABIC_UNIT_ORDINAL.test(foldArabic(w[0]))) {
      out += text.slice(from, next.index);
      from = (next.index ?? 0) + next[0].length;
      i++;
      continue;
    }
    if (isNumberWord(w[0]) && ENGLISH_UNIT_ORDINAL.test(next[0].toLowerCase()) && /^-$/.test(text.slice((w.index ?? 0) + w[0].length, next.index))) {
      out += text.slice(from, w.index);
      from = (w.index ?? 0) + w[0].length;
      continue;
    }
    if (!isTimeUnit(next[0]) || !(/^[0-9\u0660-\u0669]/.test(w[0]) || isNumberWord(w[0]))) continue;
    // A range of them ("11-14 weeks", "18 إلى 22 أسبوعا") is one duration: its first number goes too.
    let start = w.index ?? 0;
    const joined = RANGE_WORD.test(words[i - 1]?.[0] ?? '') ? 2 : 1;
    const prev = words[i - joined];
    if (prev !== undefined && /^[0-9\u0660-\u0669]/.test(prev[0]) && RANGE_BETWEEN.test(text.slice((prev.index ?? 0) + prev[0].length, start)))
      start = Math.max(from, prev.index ?? 0);
    out += text.slice(from, start);
    from = (w.index ?? 0) + w[0].length;
  }
  return out + text.slice(from);
}
