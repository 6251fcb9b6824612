/**
 * Follow-up mechanisms found wanting on the conversations over stories other than the seed
 * (test/eval/story-conversation-questions.jsonl): the stories of the cross-language benchmark, one
 * folder per language loaded whole as `npm run eval` loads them (the shared language data and nothing
 * made by hand), each conversation about one story as a user who picked it. With the other stories
 * loaded, the story vocabulary holds names from all of them, as an archive does. Each test fails
 * without the mechanism it names.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldConversationWords, stepOf } from '../../src/conversation/dialogue.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';
import type { ChatState, Engine } from '../../src/types.js';
import { runScript } from './script.js';

/** An engine over the benchmark's stories in one language, nothing made by hand. */
function engineFor(lang: 'ar' | 'en'): Engine {
  const storiesDir = fileURLToPath(new URL(`../eval/xling/stories/${lang}`, import.meta.url));
  return createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });
}

/** Asks turns about `story` one answer at a time (so "else" has something left to show); returns the first labels. */
function oneByOne(engine: Engine, story: string, questions: readonly string[]): (string | undefined)[] {
  let state: ChatState | undefined;
  return questions.map((q, i) => {
    const r = engine.ask(q, state, { top: 1, now: i + 1, story });
    state = r.state;
    return r.abstained ? undefined : r.answers[0]?.label;
  });
}

describe('Scenario: seismologists on the 2008 Sichuan earthquake (SQuAD, English, no lexicon)', () => {
  const engine = engineFor('en');
  const story = 'squad-036-2008-sichuan-earthquake-1';

  it('an English sentence that opens on "He" / "His" goes on in the words of the speaker before it', () => {
    // ¶8.1 "Yuji Yagi … said that …"; ¶8.2 "His data also showed …"; ¶8.3 "He pointed out …". Neither
    // names Yagi: without the pronoun carrying him, "what else did he say?" found nothing of his.
    expect(oneByOne(engine, story, ['What did Yuji Yagi say about the earthquake?', 'what else did he say?', 'what else?'])).toEqual(['8.1', '8.2', '8.3']);
  });

  it('"it" reaches back past a question whose topic replaced the earthquake', () => {
    runScript(
      engine,
      [
        { ask: 'How many people did the Sichuan earthquake kill?', first: '1' },
        { ask: 'And how many were injured?', first: '3.1', why: '"injured" replaces the earthquake as the topic' },
        {
          ask: 'When did it happen?',
          first: ['1', '4.2'],
          why: '"it" is the earthquake, kept in focus as a replaced topic; without it ¶9.3, the date of the last big aftershock, came first',
        },
      ],
      undefined,
      story,
    );
  });

  it('"and Teruyuki Kato?" is answered first by the sentence that names him', () => {
    runScript(
      engine,
      [
        { ask: 'What did Yuji Yagi say about the earthquake?', first: '8.1' },
        {
          ask: 'and Teruyuki Kato?',
          first: '8.4',
          followUp: true,
          why: '¶8.5 carries Kato as its speaker and holds "earthquake", the old topic, but never names him; ¶8.4 does',
        },
      ],
      undefined,
      story,
    );
  });
});

describe('Scenario: a warning and the reply to it (2008 Sichuan earthquake)', () => {
  const engine = engineFor('en');
  const story = 'squad-036-2008-sichuan-earthquake-1';

  it('"what did the Seismological Bureau say about it?" is the Bureau speaking, not the report that names it', () => {
    runScript(
      engine,
      [
        { ask: 'when was the report sent?', first: '6.1', why: 'Geng claims, in a magazine interview, that a report was sent to the Bureau on April 30' },
        {
          ask: 'what did the Seismological Bureau say about it?',
          first: '6.6',
          why: '¶6.1 names the Bureau and holds "report" and "sent", but Yazhou Zhoukan and Geng speak there; ¶6.6 is the Bureau official stating',
        },
        { ask: 'who said that?', first: '6.6', why: 'the sentence that names the official' },
      ],
      undefined,
      story,
    );
  });
});

describe('Scenario: Gamal Abdel Nasser (ARCD, Arabic story, no lexicon)', () => {
  const engine = engineFor('ar');
  const story = 'arcd-032-jmal-abd-alnasr';

  it('"what did he do after that?" is the sentence after the answer shown, in either language', () => {
    // Asked one answer at a time: ¶3.5, the crackdown that followed, is "after that" once "what did he
    // do" is set aside. The whole question is in no list of dialogue.json.
    expect(oneByOne(engine, story, ['Why did Nasser resign?', 'who tried to assassinate him?', 'what did he do after that?'])).toEqual(['2.7', '3.4', '3.5']);
    expect(oneByOne(engine, story, ['من حاول اغتيال عبد الناصر؟', 'وماذا فعل بعد ذلك؟'])).toEqual(['3.4', '3.5']);
  });

  it('"how did the West respond?" is the reply to the answer shown, though the reply is a deed, not words', () => {
    // ¶1.6 ("consequently Britain, France and Israel occupied Sinai …", and it refers back with ذلك)
    // answers it: "the West" is a word the story's vocabulary does not know, "respond" is the question's
    // own word, and the reply is no statement.
    for (const reply of ['وكيف رد الغرب؟', 'and how did the West respond?'])
      runScript(
        engine,
        [
          { ask: 'لماذا أمم عبد الناصر قناة السويس؟', first: '1.5' },
          { ask: reply, first: '1.6', followUp: true },
        ],
        undefined,
        story,
      );
  });

  it('"and with whom did he form the union?" just after the sentence that says so is answered by it again', () => {
    runScript(
      engine,
      [
        { ask: 'متى أمم عبد الناصر قناة السويس؟', first: '1.5' },
        { ask: 'ولماذا انسحبوا؟', first: '1.6', why: 'Britain, France and Israel withdrew from Sinai under international pressure' },
        { ask: 'وما الذي حدث بعد ذلك؟', first: '1.7', fresh: true },
        {
          ask: 'ومع من شكل الوحدة؟',
          first: '1.7',
          why: '¶1.7 holds every word (بتشكيل … الوحدة … مع سوريا); ¶1.6 beside it, favoured as a neighbour, holds only بشكل',
        },
      ],
      undefined,
      story,
    );
  });

  it('a replaced topic comes back only through "it" / "that": "أين؟" is where the funeral was', () => {
    runScript(
      engine,
      [
        { ask: 'متى ولد جمال عبد الناصر؟', first: '1.1–1.2', why: 'the name and its dates (¶1.1) are quoted with the sentence after them (span.ts)' },
        { ask: 'ومتى توفي؟', first: '3.1' },
        { ask: 'ما سبب وفاته؟' },
        { ask: 'وكم شخصا شيع جنازته؟', first: '3.2' },
        { ask: 'أين؟', first: '3.2', why: 'in Cairo; the replaced topics (his death, his birth) are not carried by a question with no pronoun' },
      ],
      undefined,
      story,
    );
  });

  it('a question naming something of its own is not a step ("what did Nasser do after the war?")', () => {
    const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { handMade: false }));
    const w = foldConversationWords(index);
    const fold = (q: string) => index.analyzer.analyze(q).map((t) => t.norm);
    expect(stepOf(fold('what did he do after that?'), w)).toBe(1);
    expect(stepOf(fold('and what happened before that?'), w)).toBe(-1);
    expect(stepOf(fold('وماذا فعل قبل ذلك؟'), w)).toBe(-1);
    expect(stepOf(fold('what did Nasser do after the war?'), w)).toBe(0);
    expect(stepOf(fold('what did he say after that?'), w)).toBe(0);
  });

  it('asking what the answer shown led to is a step on: the story tells the consequence after it', () => {
    const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { handMade: false }));
    const w = foldConversationWords(index);
    const fold = (q: string) => index.analyzer.analyze(q).map((t) => t.norm);
    expect(stepOf(fold('and what did that lead to?'), w)).toBe(1);
    expect(stepOf(fold('وماذا نتج عن ذلك؟'), w)).toBe(1);
    expect(stepOf(fold('وإلى ماذا أدى ذلك؟'), w)).toBe(1);
    // A consequence of something named is a question of its own.
    expect(stepOf(fold('what did the war lead to?'), w)).toBe(0);
  });
});

describe('Scenario: new turns on the seed story, written after the tuning sets (hand-made data in place)', () => {
  const engine = loadEngine();

  it('"she" is the speaker of the answer just shown: that answer answers with less of the wording', () => {
    runScript(engine, [
      { ask: 'What did Rayner say?', first: '13' },
      {
        ask: 'which TV channel did she talk to?',
        first: '13',
        why: '"she" is Rayner, who speaks in ¶13 ("telling ITV"): it names a channel, not the word "channel"; before, the engine refused',
      },
      { ask: "and what does the BBC's correspondent think?", first: ['14', '15'] },
    ]);
  });

  it('when, ellipsis, "according to whom?" and what happened next', () => {
    runScript(engine, [
      { ask: 'Who did Zelensky say he would meet in Munich?', first: '5' },
      { ask: 'when?', first: '5', why: 'on Friday: the answer itself' },
      { ask: 'and who is visiting Kyiv?', first: '18', why: 'Treasury Secretary Scott Bessent' },
    ]);
    runScript(engine, [
      { ask: 'ماذا قال بيسكوف عن المكالمة؟', first: ['8', '9'] },
      { ask: 'وكم استمرت مكالمة زيلينسكي؟', first: '21', why: 'an hour, according to AFP' },
      { ask: 'حسب من؟', first: '21', why: 'the answer names its source itself' },
    ]);
  });
});

describe('Scenario: Beyoncé (SQuAD, English, no lexicon)', () => {
  const engine = engineFor('en');
  const story = 'squad-005-beyonce-1';

  it('"and with Destiny\'s Child?" only names something: the question before is asked again of it', () => {
    // The story's vocabulary has no concept for the group: its name is two capitalized words, which
    // still only name something, so the earlier topics (records sold) stay whole.
    runScript(
      engine,
      [
        { ask: 'How many records has Beyonce sold?', first: '3.3' },
        { ask: "and with Destiny's Child?", first: '3.3', why: '"a further 60 million with Destiny\'s Child", not the band\'s break-up (¶2.1)' },
      ],
      undefined,
      story,
    );
  });
});
