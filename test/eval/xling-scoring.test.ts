import { describe, expect, it } from 'vitest';
import { goldOf, right, type XlingQuestion } from '../../src/cli/xling.js';

// ARCD's articles repeat paragraphs, a copy sometimes with an aside in brackets or quotation marks the
// other lacks. Citing the other copy of the gold sentence answers the question as well, and is scored so.
const gold = 'الأسد حيوان من فصيلة السنوريات (باللاتينية: "Panthera")، وهو يعد ثاني أكبر السنوريات في العالم بعد النمر.';
const copy = 'الأسد حيوان من فصيلة السنوريات (باللاتينية: Panthera)، وهو يعد ثاني أكبر السنوريات في العالم بعد النمر.';
const other = 'يعيش الأسد في أفريقيا جنوب الصحراء الكبرى وفي الهند.';
const text = `${other} ${copy}\n${gold}`;
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const sentences = [at(other), at(copy), { start: text.lastIndexOf(gold), end: text.lastIndexOf(gold) + gold.length, text: gold }];
const question = (answer: string): XlingQuestion => ({
  id: 'q',
  story: 's',
  text: 'ما هو ثاني أكبر السنوريات؟',
  answer,
  offset: text.lastIndexOf(gold) + gold.indexOf(answer),
  split: 'dev',
});

describe('the benchmark scores a copy of the gold sentence as right', () => {
  it('the gold sentence itself, by its offset', () => {
    const q = question('النمر');
    expect(right(q, sentences[2] as (typeof sentences)[2], goldOf(q, sentences))).toBe(true);
  });

  it('a copy that differs only by quotation marks or an aside in brackets, holding the answer', () => {
    const q = question('ثاني أكبر السنوريات في العالم');
    expect(right(q, at(copy), goldOf(q, sentences))).toBe(true);
    expect(right(q, at(copy))).toBe(false);
  });

  it('not another sentence, nor a copy that lacks the answer (an answer inside the aside the copy leaves out)', () => {
    const q = question('ثاني أكبر السنوريات في العالم');
    expect(right(q, at(other), goldOf(q, sentences))).toBe(false);
    const inAside = { ...question('"Panthera"'), offset: text.lastIndexOf(gold) + gold.indexOf('"Panthera"') };
    const bare = 'الأسد حيوان من فصيلة السنوريات، وهو يعد ثاني أكبر السنوريات في العالم بعد النمر.';
    expect(right(inAside, { start: 0, end: bare.length, text: bare }, goldOf(inAside, sentences))).toBe(false);
  });
});
