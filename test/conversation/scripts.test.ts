/**
 * Multi-turn conversations over the seed story, in English and Arabic: pronouns, ellipsis, corrections,
 * references to the answer just shown, "else", "more", repeats and ambiguity. Each turn asserts the
 * label cited first; the tricky ones say why it should win. Group replies are in groups.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { runScript } from './script.js';

const engine = loadEngine();

describe('Scenario: pronouns and what the answer just shown makes available', () => {
  it("the issue's first conversation: 'according to him' is Peskov, not the AFP", () => {
    runScript(engine, [
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1', why: 'his "impossible" runs on into the quotation of ¶24: one answer, both labels' },
      {
        ask: 'And how long did the call with Trump last, according to him?',
        first: '9',
        followUp: true,
        why: '"him" is Peskov: his figure (about an hour and a half), not the AFP\'s hour for the Zelensky call (¶21)',
      },
      { ask: 'who said that?', first: '9', why: '¶9 names its speaker, Peskov, itself' },
      { ask: 'what else did he say?', first: ['24.2', '24.3'], fresh: true, why: "Peskov's words that were not shown yet" },
      { ask: 'more', abstain: 'no-more', why: 'everything Peskov says has been shown' },
    ]);
  });

  it("the issue's second conversation: 'him' is the person asked about, even when the question names Trump", () => {
    runScript(engine, [
      { ask: 'Who is Pete Hegseth?', first: '11' },
      {
        ask: 'How did Trump react to him?',
        first: '12',
        why: '"him" is Hegseth; ¶12 ("I think that is probably true") goes on from ¶11, where Trump agrees with him',
      },
      {
        ask: 'and what did the BBC correspondent say about his speech?',
        first: '14',
        why: '"his speech" is Hegseth\'s; a new person (the correspondent) asks',
      },
      {
        ask: 'what else did he say?',
        first: '16',
        fresh: true,
        why: 'he is now the correspondent, and his ¶15 was on the first page; ¶16, naming no one, goes on with his assessment',
      },
    ]);
  });

  it('"he" with nobody asked about is the speaker of the answer just shown', () => {
    runScript(engine, [
      { ask: 'Who spoke for the Kremlin?', first: '8', why: 'Peskov, the Kremlin spokesman' },
      { ask: 'What did he say about the length of the call?', first: '9', why: 'he is Peskov, who speaks in ¶8' },
    ]);
  });

  it('Arabic pronoun suffixes and "who said that?"', () => {
    runScript(engine, [
      { ask: 'كم استمرت مكالمة ترامب وبوتين؟', first: '9' },
      { ask: 'ومن قال ذلك؟', first: '9', why: '"who said that" is the sentence naming the speaker of the answer: Peskov in ¶9' },
      { ask: 'ومع زيلنسكي؟', first: '21', why: 'ellipsis: the same question (how long) about the call with Zelensky' },
      { ask: 'ومن قال ذلك؟', first: '21', why: 'the AFP is named in ¶21 itself' },
    ]);
  });

  it('she: Rayner', () => {
    runScript(engine, [
      { ask: 'What did Angela Rayner say?', first: '13' },
      { ask: 'which channel did she speak to?', first: '13', why: '"she" is Rayner; ITV is in ¶13, the word "channel" is not' },
      { ask: 'and what about the mood in Kyiv?', first: '14' },
    ]);
  });
});

describe('Scenario: ellipsis, new subjects and pointers', () => {
  it('"and Zelensky?" keeps the question and changes the person', () => {
    runScript(engine, [
      { ask: 'What did Trump say about elections?', first: '27' },
      { ask: 'and Zelensky?', first: '28', why: 'same topic (elections), new person: Zelensky says an election is impossible under martial law' },
      { ask: 'who questions his legitimacy?', first: '29' },
    ]);
  });

  it('Arabic ellipsis: وماذا عن … keeps the person of the conversation', () => {
    runScript(engine, [
      { ask: 'ما موقف زيلنسكي من الضمانات الأمنية؟', first: ['26', '25'] },
      {
        ask: 'وماذا عن الانتخابات؟',
        first: '28',
        why: 'a new topic replaces the guarantees; Zelensky, the person of the conversation, is who speaks in ¶28 (¶27 is Trump)',
      },
      { ask: 'ومن يشكك في شرعيته؟', first: '29', why: '"his" legitimacy is Zelensky\'s' },
    ]);
  });

  it('a topic answered by another person does not take the conversation away from its person', () => {
    runScript(engine, [
      { ask: 'What did Zelensky say about security guarantees?', first: ['26', '25'] },
      { ask: 'وماذا عن الناتو؟', first: ['4', '11', '16'] },
      { ask: 'and about elections?', first: '28', why: 'still Zelensky, though the NATO answer quoted Trump' },
    ]);
  });

  it('"that year" is the year of the answer just shown', () => {
    runScript(engine, [
      { ask: 'What did Trump tell the BBC about land?', first: '10', why: 'pre-2014 borders: the answer holds the year 2014' },
      {
        ask: 'what happened in Crimea that year?',
        first: ['31', '30'],
        why: '2014 and Crimea: the annexation (¶31, and the map caption ¶30), not ¶10 again',
      },
    ]);
  });

  it('Arabic: حينها and ذلك العام are the year of the answer just shown; عنها is the topic', () => {
    runScript(engine, [
      { ask: 'ماذا قال ترامب لبي بي سي عن الأرض؟', first: '10' },
      { ask: 'وماذا حدث للقرم حينها؟', first: ['30', '31'], why: '2014, from ¶10: Crimea annexed that year' },
    ]);
    runScript(engine, [
      { ask: 'ماذا قال ترامب عن الانتخابات؟', first: '27' },
      { ask: 'وماذا قال زيلنسكي عنها؟', first: '28', why: '"عنها" is the elections' },
    ]);
  });

  it('"there" is the place asked about', () => {
    runScript(engine, [
      { ask: 'What did Zelensky propose about Kursk?', first: '22' },
      { ask: 'What did Ukraine do there?', first: '34', why: 'there = Kursk: the ground offensive, not the proposal again' },
    ]);
  });

  it('Arabic: هناك after the Kremlin’s reply', () => {
    runScript(engine, [
      { ask: 'ماذا اقترح زيلنسكي بشأن كورسك؟', first: '22' },
      { ask: 'وكيف رد الكرملين؟', first: '23–24.1', why: 'the Kremlin is heard through its spokesman Peskov; his reply runs over two sentences' },
      {
        ask: 'وماذا سيحدث للقوات الأوكرانية هناك؟',
        first: '24.2',
        fresh: true,
        why: 'the units will be driven out of the region; ¶24.1 was shown with ¶23 and is not quoted again',
      },
      { ask: 'وماذا قاله أيضا؟', first: ['9', '24.3', '8'], fresh: true, why: '"قاله" is Peskov: what else he said, not shown yet' },
    ]);
  });

  it('a follow-up with a question word of its own asks for its own kind of answer', () => {
    runScript(engine, [
      { ask: 'Who will Zelensky meet in Munich?', first: '5' },
      { ask: 'when?', first: '5', why: 'Friday, in the answer itself' },
      { ask: 'and who did he meet in Kyiv?', first: '18', why: '"who" asks a person, not the time "when?" asked before: Bessent, visiting Kyiv' },
    ]);
  });

  it('"when was that?" and "why?" point at the answer itself', () => {
    runScript(engine, [
      { ask: 'Where did Trump say he would meet Putin?', first: '7' },
      { ask: 'when was that?', first: '7', why: '¶7: he told reporters at the White House later' },
    ]);
  });
});

describe('Scenario: corrections', () => {
  it('English: "no, I meant Zelensky" asks the last question again about Zelensky', () => {
    runScript(engine, [
      { ask: 'What did Trump say about elections?', first: '27' },
      { ask: 'no, I meant Zelensky', first: '28', why: 'the same question with its person replaced' },
      { ask: 'why?', first: '28', why: 'the reason (invasion, martial law) is in the answer itself' },
      { ask: 'and Putin?', first: '29', why: "a follow-up's first answer must name Putin; ¶28 only matches the carried topic" },
    ]);
  });

  it('Arabic: لا، أقصد زيلينسكي', () => {
    runScript(engine, [
      { ask: 'ماذا قال ترامب عن الانتخابات؟', first: '27' },
      { ask: 'لا، أقصد زيلينسكي', first: '28' },
      { ask: 'ولماذا؟', first: '28', why: 'و + لماذا still asks "why"' },
      { ask: 'ومن قال ذلك؟', first: '28' },
    ]);
  });

  it('"not Trump, Zelensky" and its Arabic forms correct the person without an opening phrase', () => {
    for (const correction of ['not Trump, Zelensky', 'no, Zelensky', 'ليس ترامب بل زيلنسكي', 'قصدي زيلنسكي']) {
      const [, fixed] = runScript(engine, [
        { ask: 'What did Trump say about elections?', first: '27' },
        { ask: correction, first: '28', why: 'what it names that the last question did not (Zelensky) replaces the person' },
      ]);
      expect(fixed?.state.lastQuestion, correction).toBe('What did Trump say about elections?');
    }
  });

  it('a negation that asks a question of its own is not a correction', () => {
    runScript(engine, [
      { ask: 'What did Trump say about elections?', first: '27' },
      { ask: "no, who questions Zelensky's legitimacy?", first: '29' },
    ]);
  });

  it('a correction does not offer the answer it corrects', () => {
    const [, fixed] = runScript(engine, [
      { ask: 'What did Trump say about NATO?', first: ['4', '11', '12'] },
      { ask: 'no, I meant Hegseth', first: ['11', '4'] },
    ]);
    expect(fixed?.state.lastQuestion).toBe('What did Trump say about NATO?');
  });
});

describe('Scenario: else, more and repeats', () => {
  it('"else" and "more" never show a sentence twice', () => {
    runScript(engine, [
      { ask: 'What did Peskov say?', first: '23–24.1' },
      { ask: 'what else did he say?', fresh: true, first: ['24.2', '24.3'] },
      { ask: 'what else?', abstain: 'no-more', why: 'every sentence of Peskov has been shown' },
      { ask: 'more', abstain: 'no-more' },
    ]);
  });

  it('"what did he add?" is how the answer just shown goes on', () => {
    runScript(engine, [
      { ask: 'What did Zelensky write?', first: '19.1–19.2' },
      { ask: 'and what did he add?', first: '20', fresh: true, why: '"The Ukrainian leader added: …" comes right after his post' },
    ]);
  });

  it('"more" pages on without repeats, across spans', () => {
    runScript(engine, [
      { ask: 'Zelensky', first: '3' },
      { ask: 'more', fresh: true },
      { ask: 'more', fresh: true },
      { ask: 'المزيد', fresh: true },
    ]);
  });

  it('a question asked again still gets its best answer, without the ones shown beside it', () => {
    const [first, again] = runScript(engine, [
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1' },
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1', why: 'it is the answer, even though it was shown' },
    ]);
    const before = new Set(first?.answers.slice(1).map((a) => a.label));
    for (const a of again?.answers.slice(1) ?? []) expect(before.has(a.label), a.label).toBe(false);
  });

  it('a new subject starts afresh: nothing is carried', () => {
    runScript(engine, [
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1' },
      { ask: 'Where will Trump and Putin meet?', first: '7', followUp: false },
      { ask: 'Did he give a date?', first: '7', why: '"he" is Trump, who speaks in ¶7' },
      { ask: 'Did they invite each other anywhere?', first: '2', why: '"they" are Trump and Putin, who invited each other to their capitals' },
    ]);
  });
});

describe("Scenario: the story's reply to the answer just shown", () => {
  it('English: "who rejected that?" is the sentence that answers Zelensky\'s proposal, not another rejection', () => {
    runScript(engine, [
      { ask: 'What did Zelensky suggest about Kursk?', first: '22' },
      {
        ask: 'who rejected that?',
        first: '23–24.1',
        why: '¶23 comes right after ¶22 and refers back to it ("Peskov said this was impossible"); ¶16 has the word "rejection", of NATO membership',
      },
    ]);
  });

  it("Arabic: ومن رفض ذلك؟ then وماذا قاله أيضا؟ reads on in Peskov's quotation", () => {
    runScript(engine, [
      { ask: 'ماذا اقترح زيلنسكي بشأن كورسك؟', first: '22' },
      { ask: 'ومتى نشرت المقابلة؟', first: '22', why: 'published on Tuesday, in ¶22 itself' },
      { ask: 'ومن رفض ذلك؟', first: '23–24.1', why: 'ذلك is the proposal; ¶23 answers it: "وقال … بيسكوف إن هذا مستحيل"' },
      {
        ask: 'وماذا قاله أيضا؟',
        first: '24.2',
        fresh: true,
        why: 'he is Peskov, who speaks in the answer; the rest of his quotation comes before his other statements (¶8, ¶9)',
      },
    ]);
  });

  it('"how did Russia respond?" and وكيف رد الكرملين؟ ask for the reply to the answer just shown', () => {
    runScript(engine, [
      { ask: 'What did Zelensky propose?', first: '22' },
      {
        ask: 'how did Russia respond?',
        first: '23–24.1',
        why: 'no object of its own: the reply to ¶22, which refers back to it ("this"); ¶34 has "hit back" but is Ukraine\'s',
      },
    ]);
    runScript(engine, [
      { ask: 'ماذا اقترح زيلنسكي؟', first: '22' },
      { ask: 'وكيف رد الكرملين؟', first: '23–24.1' },
    ]);
  });

  it('the reply must be said by the person the question names', () => {
    runScript(engine, [
      { ask: 'ماذا قال هيغسيث لقمة الناتو؟', first: '11' },
      { ask: 'وكيف رد ترامب على ذلك؟', first: '12', why: 'Trump replies in ¶12: "I think that is probably true"' },
    ]);
    runScript(engine, [
      { ask: 'What did Hegseth tell the NATO summit?', first: '11' },
      { ask: 'what did Zelensky say about that?', first: ['3', '18'], why: '¶12 replies to ¶11, but it is Trump who says it, not Zelensky' },
    ]);
  });
});

describe('Scenario: before and after the answer just shown', () => {
  it('"what happened next?" and "and after that?" walk on through the story from the answer', () => {
    runScript(engine, [
      { ask: 'What did Zelensky suggest about Kursk?', first: '22' },
      { ask: 'what happened next?', first: '23–24.1', followUp: true, why: 'the sentence after ¶22, quoted with the quotation it opens' },
      { ask: 'and after that?', first: '24.2', fresh: true, why: 'after the span 23–24.1 comes ¶24.2' },
      {
        ask: 'and before that?',
        first: '20',
        fresh: true,
        why: '¶22–24.1 have been shown, and ¶21 was on the first page: the nearest sentence before them not shown yet',
      },
      { ask: 'and after that?', first: '24.3', fresh: true, why: 'after ¶20, everything up to ¶24.2 has been shown' },
    ]);
  });

  it('Arabic: وقبل ذلك؟ and وماذا حدث بعد ذلك؟', () => {
    runScript(engine, [
      { ask: 'ماذا قال هيغسيث لقمة الناتو؟', first: '11' },
      { ask: 'وقبل ذلك؟', first: '10', followUp: true, why: "the sentence before ¶11: Trump on Ukraine's borders" },
      { ask: 'وماذا حدث بعد ذلك؟', first: '12', fresh: true, why: 'after ¶10 comes ¶11, shown already, then ¶12' },
    ]);
  });

  it('without an answer shown, "what happened next?" is an ordinary question', () => {
    runScript(engine, [{ ask: 'what happened next?', followUp: false }]);
  });
});

describe('Scenario: Arabic pronouns written onto a word', () => {
  it('إحصاؤهم ("counting them") is about the casualties of the answer just shown', () => {
    runScript(engine, [
      { ask: 'كم عدد القتلى والجرحى؟', first: '35' },
      {
        ask: 'ولماذا يصعب إحصاؤهم؟',
        first: '35',
        why: '¶35 gives the reason (secrecy); of the question, it has only "hard": the suffix هم ("them") stands for the casualties, and "counting" is a word the story does not use',
      },
      { ask: 'وما عدد اللاجئين؟', first: '35', why: 'millions of refugees, in the same sentence' },
      {
        ask: 'ومتى بدأت الحرب الشاملة؟',
        first: '32',
        why: 'الحرب الشاملة (all-out war) is the concept war, which ¶1 and ¶31 name too; only ¶32 has الشاملة as well',
      },
    ]);
  });

  it('منصبها ("her position") is Rayner\'s: a suffix stands for the conversation\'s person too', () => {
    runScript(engine, [
      { ask: 'ماذا قالت راينر؟', first: '13' },
      { ask: 'وما منصبها؟', first: '13', why: 'she is deputy prime minister, in ¶13; منصب alone would meet منصة ("platform") in ¶2' },
      { ask: 'ولأي قناة قالت ذلك؟', first: '13', why: 'ITV, in the answer just shown' },
    ]);
  });

  it('شرعيته ("his legitimacy") is Zelensky\'s', () => {
    runScript(engine, [
      { ask: 'ما موقف زيلنسكي من الانتخابات؟', first: '28' },
      { ask: 'ومن يشكك في شرعيته؟', first: '29', why: "Putin questions Zelensky's legitimacy (شرعية زيلنسكي) in ¶29" },
    ]);
  });
});

describe('Scenario: ambiguity', () => {
  it('"he" with no one in the conversation: both people offered, the number picks one', () => {
    const [r] = runScript(engine, [
      { ask: 'what did he say about elections?', choices: ['trump', 'zelensky'], why: "Trump's ¶27 and Zelensky's ¶28 answer equally well" },
      { ask: '2', first: '28', followUp: true },
      { ask: 'why?', first: '28', why: 'he is now Zelensky' },
    ]);
    expect(r?.answers.map((a) => a.label)).toEqual(['27', '28']);
    expect(r?.choices?.map((c) => c.name.en)).toEqual(['Trump', 'Zelensky']);
  });

  it('Arabic: a verb that carries its subject, with nobody named, is ambiguous too', () => {
    runScript(engine, [
      { ask: 'ماذا قال عن الانتخابات؟', choices: ['trump', 'zelensky'] },
      { ask: '١', first: '27', why: 'Arabic-Indic digit one picks the first choice' },
    ]);
  });

  it('one clear answer is not turned into a choice', () => {
    const [r] = runScript(engine, [{ ask: 'what did he say about Kursk?', first: '22', why: 'only Zelensky names Kursk in his own words (¶22)' }]);
    expect(r?.choices).toBeUndefined();
  });

  it('a number with no choices pending is an ordinary question', () => {
    const r = engine.ask('2', engine.newState(0));
    expect(r.choices).toBeUndefined();
  });

  it('choose() picks a choice and makes its person the one "he" stands for', () => {
    const asked = engine.ask('what did he say about elections?', engine.newState(0), { top: 3 });
    const picked = engine.choose(asked.state, 0);
    expect(picked.answers[0]?.label).toBe('27');
    expect(picked.state.focus[0]?.key).toBe('c:trump');
    expect(picked.state.choices).toBeUndefined();
    // A stale or forged index abstains instead of throwing.
    expect(engine.choose(asked.state, 7).abstained).toBe(true);
    expect(engine.choose(engine.newState(0), 0).abstained).toBe(true);
  });
});
