import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// "ما هو حنس النمر؟" (as a fresh question wrote "كيف نكتب حنس النمر باللاتينية؟"; حنس for جنس, "genus": ح and ج differ by a dot): another story holds
// حنس as typed, so the slip rule for words no story holds never read it, and unread it weighed as the
// rarest word of the question: the sentence that answers was refused. Asked of one story, a word that
// story lacks and the dictionary does not know, one slip from exactly one word the story writes, is read
// as that word too.
describe('a slip corrected against the asked story', () => {
  // Stories nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-lion': {
      lines: [
        'الأسد حيوان من الثدييات المنتمية لجنس النمر، واسمه باللاتينية بانثيرا.',
        'يعيش الأسد في السهول العشبية في أفريقيا.',
        'وتصطاد اللبوات في جماعات صغيرة عند الفجر.',
        'ويقول الباحثون إن أعداد الأسود تتراجع.',
      ],
      language: 'ar',
    },
    'ar-village': {
      lines: ['وصل الشيخ حنس إلى القرية صباح الأحد.', 'واستقبله السكان في الساحة الكبيرة.', 'وتحدث حنس عن موسم الحصاد.'],
      language: 'ar',
    },
  });
  const q = 'ما هو حنس النمر؟';

  it('answers with the sentence that writes the word meant', () => {
    const r = createEngine({ knowledge }).ask(q, undefined, { story: 'ar-lion' });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('لجنس النمر');
  });

  it('refused it without the rule', () => {
    expect(createEngine({ knowledge, options: { storySlips: 0 } }).ask(q, undefined, { story: 'ar-lion' }).abstained).toBe(true);
  });

  it('leaves a word the dictionary knows as typed: an out-of-scope question stays refused', () => {
    // سعر (price) is one dot from شعر (hair, poetry), which the story does not write either; قطر from قطط.
    const r = createEngine({ knowledge }).ask('كم سعر الأسد؟', undefined, { story: 'ar-lion' });
    expect(r.abstained).toBe(true);
  });
});
