import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "من هداف كأس العالم 2018؟" (who was the top scorer of the 2018 World Cup?) answered by the tournament's
// lead sentence: the answer meets only what the story is about (its title), and the story writes the
// word that would name the person (هداف) in no form at all (whoNowhere).
const STORY = [
  'كأس العالم 2018 هي البطولة الحادية والعشرون من بطولات كأس العالم لفرق الرجال الوطنية، وقد استضافتها روسيا في الفترة ما بين 14 يونيو ولغاية 15 يوليو من عام 2018.',
  'واستطاعت روسيا الفوز بشرف استضافة البطولة بعد قرار الاتحاد الدولي لكرة القدم في 2 ديسمبر 2010.',
  'وأقيمت المباريات في 11 مدينة روسية، واحتضنت العاصمة موسكو مباراة الافتتاح على ملعب لوجنيكي.',
  'وتم استخدام تقنية الفار لأول مرة في تاريخ البطولة.',
];
const ask = (question: string, whoNowhere: number = SEARCH_DEFAULTS.whoNowhere) =>
  createEngine({
    knowledge: knowledgeWith({ cup: { lines: STORY, language: 'ar', title: 'كأس العالم 2018' } }),
    options: { ...SEARCH_DEFAULTS, whoNowhere },
  }).ask(question, undefined, { story: 'cup' });

describe('an Arabic who question whose key word the story writes in no form', () => {
  it('is refused when the answer meets only the title', () => {
    const r = ask('من هداف كأس العالم 2018؟');
    expect(r.abstained).toBe(true);
    expect(r.gate).toBe('who-nowhere');
  });

  it('was answered with whoNowhere off', () => {
    expect(ask('من هداف كأس العالم 2018؟', 0).abstained).toBe(false);
  });

  it('is answered when the story writes the word in another form (a verbal noun, a plural)', () => {
    expect(ask('من استضاف كأس العالم 2018؟').abstained).toBe(false);
  });
});
