/**
 * Keyboard slips in English question words (src/search/query.ts, slipOf / withSlipsFixed): a lower-case
 * word no story holds, one slip from a question's framing word or a common word, is read as that word.
 * "whta did trump sya about nato" had been refused as naming "whta" and "sya"; "how lnog …" lost its
 * "how long" (a duration).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { parseQuery } from '../../src/search/query.js';

const engine = loadEngine();
const index = (engine as unknown as { index: Parameters<typeof parseQuery>[0] }).index;

describe('keyboard slips', () => {
  it('are read as the word meant: swapped letters, a dropped or extra letter', () => {
    expect(parseQuery(index, 'whta did trump sya about nato').text).toBe('what did trump say about nato');
    expect(parseQuery(index, 'Hwat lnog call').text).toBe('what long call');
    // Two words one swap away (how, who): left as typed.
    expect(parseQuery(index, 'hwo said it').text).toBe('hwo said it');
    expect(parseQuery(index, 'wehre will they meet').text).toBe('where will they meet');
  });

  it('give the answer the word meant gets', () => {
    const r = engine.ask('how lnog did the call last');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.label).toBe('9');
    expect(engine.ask('whta did trump sya about nato').answers[0]?.label).toBe(engine.ask('what did trump say about nato').answers[0]?.label);
  });

  it("fix the first word behind a space, a dash or a quotation mark too, as its capital is the sentence's", () => {
    // Read by its offset, " Whta" was a name inside the question: refused as a name the story lacks.
    for (const q of [' Whta did Peskov say about Kursk?', '- Whta did Peskov say about Kursk?', '"Whta did Peskov say about Kursk?"'])
      expect(engine.ask(q).answers[0]?.ref, q).toBe('23');
    expect(parseQuery(index, '" Whta did Peskov say"').text).toBe('" what did Peskov say"');
  });

  it('leave names and unknown words alone: a capital inside the question, a word with no single fix', () => {
    expect(parseQuery(index, 'what did Peskow say').text).toBe('what did Peskow say');
    // "gaza" is one letter from "gaze", but a change of letter may only give a framing word or a word
    // the stories hold: the story does not mention Gaza, and the refusal says so.
    const r = engine.ask('what about gaza');
    expect(r.abstained).toBe(true);
    expect(r.unknown).toEqual(['gaza']);
  });

  it('leave an abbreviation typed in lower case alone: it is refused as the story lacks it, not read as a word', () => {
    // "wto" had been read as "two" (a common word one swap away) and answered with the story's opening,
    // then as "who" (a letter changed, t for h, keys apart); "imf" as the stop word "if", which left
    // nothing to ask about.
    for (const [q, word] of [
      ['what did the wto say', 'wto'],
      ['what did the imf say', 'imf'],
    ]) {
      const r = engine.ask(q as string);
      expect(r.abstained, q).toBe(true);
      expect(r.unknown, q).toEqual([word]);
    }
    // Three letters still take a slip of the finger: a swap, a missed letter, a neighbouring key.
    expect(parseQuery(index, 'wht did trump sya').text).toBe('what did trump say');
    expect(parseQuery(index, 'hpw long was the call').text).toBe('how long was the call');
  });
});
