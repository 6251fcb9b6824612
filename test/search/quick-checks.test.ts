/**
 * The speed work of helper perf2 (thirteenth session) made several word-list checks cheaper: a quick
 * look before a chat-spelling pattern, phrase lists and extreme words indexed by first word, a
 * last-letter check before the attached-pronoun suffixes, a highlight that walks whichever of two key
 * sets is smaller. None may change an answer. Each test here holds the new code to the plain version
 * it replaced (written out below as the reference) over many inputs, the edge cases among them: a
 * quick check that skipped too much, or an index that lost a phrase, would make them differ.
 */
import { describe, expect, it } from 'vitest';
import { createAnswerBuilder } from '../../src/answer/build.js';
import { type ConversationWords, foldConversationWords, hasAttachedPronoun, hasPhrase, hasPossessiveHis, phraseAt } from '../../src/conversation/dialogue.js';
import { askedExtreme } from '../../src/search/extremes.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery, withStandardSpellings } from '../../src/search/query.js';
import { mergeSpans } from '../../src/text/spans.js';
import { knowledgeWith } from '../support/stories.js';

/** withStandardSpellings before the quick check: the pattern, always. */
function spellingsByPattern(text: string, spellings: ReadonlyMap<string, string>): string {
  if (spellings.size === 0 || !/[A-Za-z\u0621-\u064A]/.test(text)) return text;
  const words = [...spellings.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’&.])(?:${words.join('|')})(?![\\p{L}\\p{N}'’&]|\\.\\p{L})`, 'giu');
  return text.replace(pattern, (m: string, at: number) => {
    const typed = m === m.toLowerCase() || (m.length > 1 && m.slice(1) === m.slice(1).toLowerCase() && !/[\p{L}\p{N}]/u.test(text.slice(0, at)));
    return typed ? (spellings.get(m.toLowerCase()) ?? m) : m;
  });
}

/** hasPhrase before the index: every phrase compared at every word. */
function hasPhraseByScan(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  for (let i = 0; i < words.length; i++) for (const p of phrases) if (phraseAt(words, i, p)) return true;
  return false;
}

/** hasAttachedPronoun and hasPossessiveHis before their quick checks. */
function attachedByScan(word: string, w: ConversationWords): boolean {
  const bare = /^[وف]/.test(word) ? word.slice(1) : word;
  if (bare.startsWith('ال') || /^[بلك]ال/.test(bare) || bare.startsWith('لل')) return false;
  for (const s of w.attachedPronouns) if (bare.endsWith(s)) return bare.length - s.length >= 3;
  return false;
}
function possessiveByPattern(word: string): boolean {
  const his = (bare: string) => !(bare.startsWith('ال') || /^[بلك]ال/.test(bare) || bare.startsWith('لل')) && bare.length >= 5 && bare.endsWith('ته');
  return his(word) || (/^[وف]/.test(word) && his(word.slice(1)));
}

const knowledge = knowledgeWith({
  'en-talks': {
    language: 'en',
    lines: ['The two leaders met in Geneva on Monday. The largest delegation came from Kyiv, officials said.'],
  },
  'ar-talks': { language: 'ar', lines: ['التقى الزعيمان في جنيف يوم الاثنين. وقال المتحدث إن حكومته سترد على الاقتراح.'] },
});
const index = buildIndex(knowledge);
const words = foldConversationWords(index);

/** Questions and words that reach each check: English, Arabic, mixed, clitics, suffixes, capitals, other scripts. */
const QUESTIONS = [
  'wat did trump say abt nato',
  'Wat is it',
  'the WAT thing',
  'b4 the war, who r u?',
  'R&B wat',
  'x.wat and wat.',
  'café wat',
  'naïve abt',
  'Ｗat abt',
  'WHO IS THE LARGEST DELEGATION',
  'what did they say to each other about the talks?',
  'and what else did he add?',
  'who said that besides the spokesman?',
  'What was the largest delegation?',
  'What is the most popular place for the first time?',
  'وين رح يلتقوا',
  'ومتى سقطت؟',
  'ماذا قال المتحدث عن حكومته وشرعيته؟',
  'من قال ذلك غير المتحدث؟',
  'ما هي أكبر دولة؟',
  'إحصاؤهم وأسماؤهم وكتابه',
  'هل ذكر الخبر جنيف؟',
  '',
  '?',
  '١٢٣ 456',
];

describe('quick checks give what the plain versions gave', () => {
  it('withStandardSpellings: the quick look skips only questions the pattern leaves as they are', () => {
    for (const table of [
      new Map([
        ['wat', 'what'],
        ['abt', 'about'],
        ['b4', 'before'],
        ['r', 'are'],
        ['u', 'you'],
        ['رح', 'سوف'],
      ]),
      // A spelling with another character than letters and digits: the pattern decides every question.
      new Map([
        ['wat', 'what'],
        ["y'all", 'you all'],
      ]),
      knowledge.chatSpellings,
    ])
      for (const q of QUESTIONS) expect(withStandardSpellings(q, table), q).toBe(spellingsByPattern(q, table));
  });

  it('hasPhrase: a long list looked up by first word finds what a scan finds', () => {
    const lists: (readonly (readonly string[])[])[] = [
      words.groupPronouns,
      words.sourcePointers,
      words.continuations,
      words.thingPointers,
      words.fillers,
      words.placePointers,
      words.timePointers,
      words.presentWords,
      // Long enough to be indexed, with an empty phrase (it occurs at any word) and shared first words.
      [['a'], ['a', 'b'], ['c', 'd', 'e'], ['x'], ['y'], ['z'], ['w'], ['v'], []],
      [['a', 'b'], ['a', 'c'], ['d'], ['e'], ['f'], ['g'], ['h'], ['i', 'j']],
    ];
    const asked = QUESTIONS.map((q) => index.analyzer.analyze(q).map((t) => t.norm));
    asked.push(['a'], ['a', 'c'], ['b', 'a', 'c'], ['i'], ['i', 'j'], [], ['c', 'd']);
    for (const list of lists) for (const w of asked) expect(hasPhrase(w, list), `${w.join(' ')} / ${list.length}`).toBe(hasPhraseByScan(w, list));
  });

  it('hasAttachedPronoun and hasPossessiveHis: the last-letter checks skip only words without the suffix', () => {
    const all = QUESTIONS.flatMap((q) => index.analyzer.analyze(q).map((t) => t.norm));
    all.push('ه', 'ته', 'وته', 'حكومته', 'وحكومته', 'الحكومته', 'كتابهم', 'them', 'his');
    for (const word of all) {
      expect(hasAttachedPronoun(word, words), word).toBe(attachedByScan(word, words));
      expect(hasPossessiveHis(word), word).toBe(possessiveByPattern(word));
    }
  });

  it('askedExtreme: the extreme words by first word find the phrase a scan of the list finds', () => {
    const scanning: ConversationWords = { ...words, extremeWords: [...words.extremeWords] };
    for (const q of QUESTIONS) {
      const tokens = index.analyzer.analyze(q);
      // A copy of the list is indexed afresh: both must give the same word.
      expect(askedExtreme(tokens, words, knowledge.commonEnglish), q).toBe(askedExtreme(tokens, scanning, knowledge.commonEnglish));
    }
    expect(askedExtreme(index.analyzer.analyze('What was the largest delegation?'), words, knowledge.commonEnglish)).toBe('largest');
  });

  it('highlight: walking the sentence keys or the question keys gives the same spans', () => {
    const answers = createAnswerBuilder(index);
    for (const q of QUESTIONS) {
      const units = parseQuery(index, q).units;
      const keys = new Set(units.flatMap((u) => u.alts.map((a) => a.key)));
      for (const s of index.sentences) {
        const text = s.sentence.text;
        // The reference: every key of the question looked up in the sentence's own analysis.
        const own = index.analyzer.analyze(text).filter((t) => keys.has(t.key));
        const got = answers.highlight(text, units);
        for (const t of own)
          expect(
            got.some((span) => span.start <= t.start && span.end >= t.end),
            `${q} / ${text}`,
          ).toBe(true);
        expect(got).toEqual(mergeSpans(got));
      }
    }
  });
});
