import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentParagraph, segmentStory } from '../../src/knowledge/segment.js';

const story = readFileSync(new URL('../../knowledge/bbc-2025-02-12-trump-putin-call/story.txt', import.meta.url), 'utf8');

describe('segmentStory', () => {
  it('labels one-sentence paragraphs by number and split ones by number.position', () => {
    const refs = segmentStory(story).flatMap((p) => p.sentences.map((s) => s.ref));
    expect(refs).toContain('22');
    expect(refs).toContain('23');
    expect(refs.filter((r) => r.startsWith('24.'))).toEqual(['24.1', '24.2', '24.3']);
    expect(refs.filter((r) => r.startsWith('6.'))).toEqual(['6.1', '6.2']);
    expect(refs).toHaveLength(39);
  });

  it('keeps exact offsets: every sentence is the story text between its offsets', () => {
    for (const p of segmentStory(story)) for (const s of p.sentences) expect(story.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps closing quotation marks with the sentence they end', () => {
    const p24 = segmentStory(story).find((p) => p.number === 24);
    expect(p24?.sentences[0]?.text.startsWith('“')).toBe(true);
    expect(p24?.sentences[2]?.text.endsWith('”.')).toBe(true);
  });

  it('sets the trailing source mark apart from the last sentence', () => {
    const last = segmentStory(story).at(-1);
    expect(last?.sourceMark).toBe('– بي بي سي');
    expect(last?.sentences.at(-1)?.text).not.toContain('بي بي سي');
  });

  it('splits at the Arabic question mark and at ! but not inside numbers', () => {
    const p = segmentParagraph('هل انتهت الحرب؟ لا! بلغت النسبة 1.5 في المئة.', 3, 0, 0);
    expect(p.sentences.map((s) => s.text)).toEqual(['هل انتهت الحرب؟', 'لا!', 'بلغت النسبة 1.5 في المئة.']);
    expect(p.sentences.map((s) => s.ref)).toEqual(['3.1', '3.2', '3.3']);
  });

  it('keeps an ellipsis before a lowercase word inside a quotation within its sentence, and splits at one outside', () => {
    const quoted = segmentParagraph('She wrote "what I find in his work... he is lyrical and raw". Then she left.', 1, 0, 0);
    expect(quoted.sentences.map((s) => s.text)).toEqual(['She wrote "what I find in his work... he is lyrical and raw".', 'Then she left.']);
    const curly = segmentParagraph('He said “it was … not the end” of it. Later he left.', 1, 0, 0);
    expect(curly.sentences.map((s) => s.text)).toEqual(['He said “it was … not the end” of it.', 'Later he left.']);
    // Not in a quotation, or before a capital: the ellipsis ends the sentence, as before.
    expect(segmentParagraph('The tour went on... and it ended.', 1, 0, 0).sentences).toHaveLength(2);
    expect(segmentParagraph('She wrote "I waited... Then I left."', 1, 0, 0).sentences).toHaveLength(2);
  });

  it('counts blank lines so paragraph numbers stay line numbers', () => {
    const ps = segmentStory('أول.\n\nثالث.');
    expect(ps.map((p) => p.number)).toEqual([1, 3]);
  });

  // Start-up tries the source-mark expression only on paragraphs that end in one of its attributions:
  // every spelling it accepts must still be found, with white space after it, and nothing else taken.
  it('finds every attribution the source mark accepts, and leaves other endings in the sentence', () => {
    for (const mark of ['– بي بي سي', '- بي.بي.سي', '— BBC', '- BBC News', '– رويترز', '- Reuters', '— AFP']) {
      const p = segmentParagraph(`قال الوزير إن الاتفاق صامد. ${mark}  `, 5, 0, 0);
      expect(p.sourceMark, mark).toBe(mark);
      expect(p.sentences.map((s) => s.text)).toEqual(['قال الوزير إن الاتفاق صامد.']);
    }
    for (const ending of ['- CNN', 'BBC', '- سي']) {
      const p = segmentParagraph(`The minister spoke. ${ending}`, 5, 0, 0);
      expect(p.sourceMark, ending).toBeUndefined();
    }
  });

  it("gives frozen sentences whose labels follow the paragraph's sentence count", () => {
    const one = segmentParagraph('Only one sentence here.', 7, 10, 4);
    expect(one.sentences).toEqual([{ ref: '7', paragraph: 7, position: 1, index: 4, text: 'Only one sentence here.', start: 10, end: 33 }]);
    expect(Object.isFrozen(one.sentences[0])).toBe(true);
    const two = segmentParagraph('  First one. Second one.  ', 8, 0, 0);
    expect(two.sentences.map((s) => [s.ref, s.text, s.start, s.end])).toEqual([
      ['8.1', 'First one.', 2, 12],
      ['8.2', 'Second one.', 13, 24],
    ]);
  });
});
