/**
 * The follow-up mechanisms of the tenth conversation round, each found wanting on the development set
 * test/eval/conversation-dev-questions.jsonl and asserted here in words other than the set's where the
 * story allows. Every test fails with its mechanism switched off (checked one by one).
 */
import { describe, expect, it } from 'vitest';
import { doingVerbs, foldConversationWords } from '../../src/conversation/dialogue.js';
import { loadEngine } from '../../src/engine.js';
import { runScript } from './script.js';

const engine = loadEngine();

describe('the answer shown, answering again', () => {
  it('holds all the first hit holds and more: a word no sentence holds does not keep it from answering', () => {
    // شارك ("took part") is misread as a place no sentence of ¶17–¶18 names, so neither covers the
    // question in full; ¶17 holds the call, Trump, Putin and Zelensky, its neighbour ¶18 only three of them.
    runScript(engine, [
      { ask: 'ماذا يقول زيلنسكي عن المحادثات؟', first: '17' },
      { ask: 'وهل شارك هو في اتصال ترامب وبوتين؟', first: '17', why: '¶17: the Trump-Putin call took place without him' },
    ]);
  });
});

describe('a follow-up with a verb of its own', () => {
  it('is answered by a sentence not shown that holds its words as fully as the answer shown', () => {
    // ¶17 (the talks, Trump, the call) heads the list on context carried from the question before; ¶3
    // ("he had spoken with Trump about a lasting peace") holds the follow-up's own words as fully.
    runScript(engine, [
      { ask: 'ماذا يقول زيلنسكي عن المحادثات؟', first: '17' },
      { ask: 'وهل شارك هو في اتصال ترامب وبوتين؟', first: '17' },
      { ask: 'وعن ماذا تكلم مع ترامب؟', first: '3', why: '¶3: Zelensky spoke with Trump about a lasting and reliable peace' },
    ]);
  });
});

describe('a place referred to without its name', () => {
  it('"there" is also a sentence saying "this region" just after one naming the place', () => {
    // "there" is Kursk; ¶24.2 ("Ukrainian units will be driven out of this region") never names it, but
    // ¶22, two sentences before, does; ¶22 itself names Kursk but says nothing of the troops staying.
    runScript(engine, [
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1' },
      { ask: "and will Ukraine's soldiers remain there?", first: '24.2', why: '¶24.2: they will be driven out of this region' },
    ]);
    runScript(engine, [
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1' },
      { ask: 'وهل ستبقى القوات الأوكرانية هناك؟', first: '24.2', why: 'من هذه المنطقة' },
    ]);
  });
});

describe('"then" is the time of the answer shown', () => {
  it('a sentence not at that time does not answer, and one beside the answer shown comes before others', () => {
    // "then" is 2014 (¶30's map of Crimea, annexed in 2014); "Ukraine's president" reads as Zelensky,
    // whose sentences (¶29) are not about 2014. ¶31 (2014, the pro-Russian president removed) is beside
    // the answer shown; ¶10 ("pre-2014 borders") holds the year too, far from it.
    runScript(engine, [
      { ask: 'When was Crimea annexed?', first: '30' },
      { ask: "and what happened to Ukraine's president that year?", first: '31', why: '¶31: in 2014 he was removed from power' },
    ]);
  });
});

describe('"what did X do?"', () => {
  it('"do" is no word to look for after ماذا, but فعل after ما is (a verb, the word)', () => {
    const index = (engine as unknown as { index: Parameters<typeof foldConversationWords>[0] }).index;
    const words = foldConversationWords(index);
    const folded = (text: string) => index.analyzer.analyze(text).map((t) => t.norm);
    expect(doingVerbs(folded('ماذا فعلت أوكرانيا في كورسك؟'), words)).toHaveLength(1);
    expect(doingVerbs(folded('ما هو فعل كلمة شيعة؟'), words)).toHaveLength(0);
  });

  it('is answered, among sentences that match as well, by one whose subject is X', () => {
    // ¶22 and ¶34 both name Ukraine and Kursk; in ¶34 Ukraine acts ("Ukraine hit back … a ground
    // offensive into Russia's western Kursk region"), in ¶22 Zelensky proposes a swap.
    runScript(engine, [{ ask: 'What did Ukraine do in Kursk?', first: '34', why: 'the ground offensive' }]);
    runScript(engine, [{ ask: 'وماذا فعلت أوكرانيا في منطقة كورسك؟', first: '34', why: 'هجوم أرضي' }]);
  });
});
