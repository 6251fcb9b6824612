/**
 * A question asks with a verb what a story tells with its verbal noun (masdar): "متى استقلت تونس؟"
 * (when did Tunisia become independent?) against "حصلت على استقلالها" (it obtained its independence).
 * Light stemming keeps استقل and استقلال apart and their light roots differ, so without the masdar
 * alternative (arabicMasdars, used in src/search/query.ts) the first question abstained.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { arabicMasdars } from '../../src/text/arabic.js';
import { sharedKnowledgeCopy } from '../support/stories.js';
import { runScript } from './script.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function engineFor(story: string) {
  const dir = sharedKnowledgeCopy('sanad-masdar-story-');
  made.push(dir);
  cpSync(new URL(`../eval/xling/stories/ar/${story}`, import.meta.url), join(dir, story), { recursive: true });
  return loadEngine({ knowledgeDir: dir, load: { handMade: false } });
}

describe('arabicMasdars', () => {
  it('derives the verbal noun of the derived forms whose pattern the letters show', () => {
    expect(arabicMasdars('استخدم')).toEqual(['استخدام']);
    expect(arabicMasdars('استقل')).toEqual(['استقلال']);
    expect(arabicMasdars('اجتمع')).toEqual(['اجتماع']);
    expect(arabicMasdars('انسحب')).toEqual(['انسحاب']);
    expect(arabicMasdars('اعلن')).toEqual(['اعلان']);
  });

  it("derives form II's verbal noun from its present tense", () => {
    expect(arabicMasdars('يشخص')).toEqual(['تشخيص']);
    expect(arabicMasdars('تقدم')).toEqual(['تقديم']);
    // Hollow verbs (a long vowel inside) are not form II.
    expect(arabicMasdars('يقول')).toEqual([]);
  });

  it('leaves form I and unknown shapes alone', () => {
    expect(arabicMasdars('كتب')).toEqual([]);
    expect(arabicMasdars('مدرسه')).toEqual([]);
  });
});

describe('Scenario: a verb asked, a verbal noun written (Tunisia, ARCD, no lexicon)', () => {
  const engine = engineFor('arcd-042-twns');

  it('finds the independence from "استقلت" and carries Tunisia on', () => {
    runScript(engine, [
      { ask: 'متى استقلت تونس؟', first: '1.5', why: 'استقلت ("became independent") is told as استقلالها: 1956' },
      { ask: 'ومن كان أول رئيس لها؟', first: '1.6', followUp: true, why: 'لها is Tunisia: Bourguiba, its first president' },
    ]);
  });
});

describe('Scenario: "أعلنت" finds "الإعلان" (the French Revolution, ARCD, no lexicon)', () => {
  const engine = engineFor('arcd-031-althwra-alfrnsya');

  it('when the republic was declared', () => {
    runScript(engine, [{ ask: 'متى أعلنت الجمهورية؟', first: '3.7', why: 'تم الإعلان عن قيام الجمهورية في سبتمبر 1792' }]);
  });
});

describe('Scenario: "يشخص" finds "التشخيص" (tuberculosis, ARCD, no lexicon)', () => {
  const engine = engineFor('arcd-020-sl');

  it('how the disease is diagnosed', () => {
    runScript(engine, [{ ask: 'كيف يشخص مرض السل؟', first: '3.3', why: 'يعتمد التشخيص الطبي للإصابة بالسل النشط على الأشعة' }]);
  });
});
