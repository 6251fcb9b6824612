import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story tells what was so when it was written. A question about the present ("today", الحالي, اليوم)
// is answered only by a sentence that speaks of its own present; a sentence about the governor elected
// in 1990 matches every word of "who is the governor of Montana today?" but "today".
const knowledge = knowledgeWith({
  'en-state': {
    lines: [
      'Montana joined the union in 1889.',
      'Bill Smith was elected governor of Montana in 1990.',
      'Today the mayor of Helena is Jane Doe.',
      'Helena has been the capital of Montana since 1875.',
      'The state is known for its mountains and rivers.',
      'Ranchers raise cattle on the eastern plains.',
      'Tourists visit the national parks every summer.',
      'The state university opened in 1893.',
      'Democrats currently hold the office of state auditor.',
      'Ranchers sold two thousand cattle at the autumn market.',
    ],
    language: 'en',
  },
  'ar-city': {
    lines: [
      'تأسست المدينة في القرن العاشر على ضفة النهر.',
      'وكان عدد سكان المدينة عشرة آلاف نسمة سنة 1900.',
      'ويحتفل السكان في العاشر من الشهر بعيد المدينة.',
      'ويعمل أكثر السكان في الزراعة والتجارة.',
      'وبنى الحاكم سورا حول المدينة.',
      'وانتخب سعيد حاكما للمدينة سنة 1990.',
    ],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = (q: string, story: string) => {
  const r = engine.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a question about the present', () => {
  it('is refused when the best sentence does not speak of its present', () => {
    expect(ask('Who is the governor of Montana today?', 'en-state')).toBe('refused');
    expect(ask('كم عدد سكان المدينة اليوم؟', 'ar-city')).toBe('refused');
    expect(ask('من هو حاكم المدينة الحالي؟', 'ar-city')).toBe('refused');
    // A time told from the asker's day, in words or in a phrase.
    expect(ask('How many cattle did ranchers sell last night?', 'en-state')).toBe('refused');
  });
  it("says why it is refused, so the reader can ask about the story's own day", () => {
    const reason = (q: string, story: string) => engine.ask(q, undefined, { story }).reason;
    expect(reason('Who is the governor of Montana today?', 'en-state')).toBe('present');
    expect(reason('كم عدد سكان المدينة اليوم؟', 'ar-city')).toBe('present');
    expect(reason('Who was elected governor of Montana in 1990?', 'en-state')).toBeUndefined();
  });
  it("is answered about a story that came out in the last days, whose today is the reader's", () => {
    // The test stories are dated by test/support/stories.ts.
    const published = Date.parse(engine.story('en-state')?.published ?? '');
    expect(Number.isFinite(published)).toBe(true);
    const at = (days: number) => engine.ask('Who is the governor of Montana today?', undefined, { story: 'en-state', now: published + days * 86_400_000 });
    expect(at(1).abstained ? 'refused' : at(1).answers[0]?.ref).toBe('2');
    expect(at(30).abstained).toBe(true);
  });
  it('is answered by a sentence that does', () => {
    expect(ask('Who is the mayor of Helena today?', 'en-state')).toBe('3');
    // "currently" speaks of the present in an answer, though English "current" asks for none.
    expect(ask('Who holds the office of state auditor today?', 'en-state')).toBe('9');
  });
  it('reads اليوم before a word as "the day", not "today"', () => {
    expect(ask('ماذا يحدث في اليوم العاشر من الشهر؟', 'ar-city')).toBe('3');
  });
  // English "current" also names the newest of a series ("the current model", which the story may name)
  // and is a noun (a river's current): it is no word of the present here.
  it('does not take English "current" for the present', () => {
    expect(ask('Who is the current governor of Montana?', 'en-state')).toBe('2');
  });
  it('is answered within a conversation, where "today" is the story\'s', () => {
    const first = engine.ask('متى انتخب سعيد حاكما للمدينة؟', undefined, { story: 'ar-city' });
    const r = engine.ask('وكم عدد سكانها اليوم؟', first.state, { story: 'ar-city' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('2');
  });
});
