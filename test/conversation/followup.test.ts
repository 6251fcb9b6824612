/**
 * Unit tests of follow-up resolution, on the seed story's index: what a question takes from the
 * conversation (the focus of the last question and the facts of the answer just shown). Each test
 * turns one rule off in effect: without the rule, the assertion fails.
 */
import { describe, expect, it } from 'vitest';
import {
  choiceNumber,
  correctionLength,
  foldConversationWords,
  hasAttachedPronoun,
  hasPossessiveHis,
  withoutOpening,
} from '../../src/conversation/dialogue.js';
import { SentenceFacts } from '../../src/conversation/facts.js';
import { correctedUnits, nextFocus, pointersOf, resolveFollowUp } from '../../src/conversation/followup.js';
import { spanOf } from '../../src/conversation/span.js';
import { newState } from '../../src/conversation/state.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import type { ChatState, FocusItem, LastAnswer } from '../../src/types.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const words = foldConversationWords(index);
const ctx = { index, words, o: SEARCH_DEFAULTS };
const facts = new SentenceFacts(index);
const STORY = 'bbc-2025-02-12-trump-putin-call';
const gid = (ref: string) => index.sentences.findIndex((s) => s.sentence.ref === ref);
const refOf = (g: number) => index.sentences[g]?.sentence.ref;
const folded = (text: string) => index.analyzer.analyze(text).map((t) => t.norm);

const person = (id: string, age = 0): FocusItem => ({ key: `c:${id}`, label: id, kind: 'person', weight: 4, age });
const topic = (id: string, age = 0): FocusItem => ({ key: `c:${id}`, label: id, kind: 'topic', weight: 3, age });
const last = (ref: string, people: string[], speaker?: string, places: string[] = [], years: string[] = []): LastAnswer => ({
  story: STORY,
  refs: [ref],
  people,
  ...(speaker === undefined ? {} : { speaker }),
  places,
  years,
});
const state = (focus: FocusItem[], answer?: LastAnswer): ChatState => ({ ...newState(0), focus, ...(answer === undefined ? {} : { last: answer }) });
const resolve = (question: string, s: ChatState) => {
  const q = parseQuery(index, question, SEARCH_DEFAULTS);
  return resolveFollowUp(q, pointersOf(folded(question), words), s, ctx);
};
const carried = (question: string, s: ChatState) => resolve(question, s).carried.map((u) => u.key);

describe('resolveFollowUp: who "he", "him" and "according to him" stand for', () => {
  it('"he" is the person the last question asked about, carried whole and counted as the question\'s own', () => {
    const r = resolve('what else did he say?', state([person('peskov'), topic('kursk')]));
    const peskov = r.carried.find((u) => u.key === 'c:peskov');
    expect(peskov?.scale).toBe(SEARCH_DEFAULTS.personWeight);
    // The pronoun is the question's word: the question is judged on Peskov too.
    expect(peskov?.carried).toBe(false);
  });

  it('"he" with nobody asked about is the speaker of the answer just shown', () => {
    expect(carried('what did he say about the call?', state([topic('kremlin')], last('8', ['peskov', 'putin'], 'peskov')))).toContain('c:peskov');
  });

  it('"according to him" after an answer that quotes someone else still means the person asked about', () => {
    // The last answer (¶23) also names Putin (inside "Putin's spokesman"); "him" is Peskov.
    const keys = carried(
      'And how long did the call with Trump last, according to him?',
      state([person('peskov'), topic('kursk')], last('23', ['peskov', 'putin'], 'peskov')),
    );
    expect(keys).toContain('c:peskov');
    expect(keys).not.toContain('c:putin');
  });

  it('"him" stands for the earlier person even when the question names a new one', () => {
    const keys = carried('How did Trump react to him?', state([person('hegseth')], last('11', ['hegseth'], 'hegseth')));
    expect(keys).toContain('c:hegseth');
  });

  it('a new person without a pronoun replaces the old one', () => {
    expect(carried('and what did Zelensky say?', state([person('trump'), topic('elections')]))).not.toContain('c:trump');
  });

  it('Arabic suffixes: قاله، عنه stand for the person', () => {
    expect(carried('وماذا قاله أيضا؟', state([person('peskov')]))).toContain('c:peskov');
    expect(carried('وكيف رد ترامب عليه؟', state([person('hegseth')]))).toContain('c:hegseth');
  });

  it('an Arabic verb that carries its subject stands for "he" when nobody is named', () => {
    expect(carried('وماذا قال عن الناتو؟', state([person('hegseth')]))).toContain('c:hegseth');
    // …but not when the question names who acts: the Kremlin replies.
    expect(carried('وكيف رد الكرملين؟', state([person('zelensky')])).filter((k) => k === 'c:zelensky').length).toBeLessThanOrEqual(1);
    expect(resolve('وكيف رد الكرملين؟', state([person('zelensky')])).carried.find((u) => u.key === 'c:zelensky')?.carried).toBe(true);
  });

  it('"they" stands for everyone the last question named', () => {
    const keys = carried('Did they invite each other anywhere?', state([person('trump'), person('putin'), topic('meeting')]));
    expect(keys).toEqual(expect.arrayContaining(['c:trump', 'c:putin']));
    // "he" is one of them: the first named.
    expect(carried('Did he give a date?', state([person('trump'), person('putin')])).filter((k) => k === 'c:putin')).toEqual([]);
  });

  it('"they" after an answer that reports on two others is those two, not the one reporting', () => {
    // ¶9: Peskov said the call between Putin and Trump lasted …: "what did they agree?" is Putin and Trump.
    const keys = carried('what did they agree?', state([person('trump')], last('9', ['peskov', 'putin', 'trump'], 'peskov')));
    expect(keys).toEqual(expect.arrayContaining(['c:putin', 'c:trump']));
    expect(keys).not.toContain('c:peskov');
    // ¶2: Trump said he and the Russian president agreed …: Trump is one of "them".
    expect(carried('what did they agree?', state([], last('2', ['trump', 'putin'], 'trump')))).toEqual(expect.arrayContaining(['c:putin', 'c:trump']));
  });

  it('in a story without person concepts, "he" falls back on the capitalized name the last question asked about', () => {
    const edde: FocusItem = { key: 'en:edd', label: 'Edde', kind: 'term', weight: 3, age: 0 };
    const harbour: FocusItem = { key: 'en:harbour', label: 'harbour', kind: 'term', weight: 3, age: 0 };
    expect(carried('what did he tell reporters?', state([harbour, edde]))).toContain('en:edd');
    // Only a name: a lower-case word is not who "he" is.
    expect(resolve('what did he tell reporters?', state([harbour])).unresolvedPerson).toBe(true);
  });

  it('a pronoun nobody could stand for is reported, so the engine can offer choices', () => {
    expect(resolve('what did he say about elections?', newState(0)).unresolvedPerson).toBe(true);
    expect(resolve('what did Trump say about elections?', newState(0)).unresolvedPerson).toBe(false);
  });
});

describe('resolveFollowUp: topics, ellipsis and pointers', () => {
  it('ellipsis "and Zelensky?" keeps the earlier topics whole', () => {
    const r = resolve('and Zelensky?', state([person('trump'), topic('elections')]));
    expect(r.carried.find((u) => u.key === 'c:elections')?.scale).toBe(1);
  });

  it('a new topic replaces the old ones', () => {
    expect(carried('وماذا عن الناتو؟', state([person('zelensky'), topic('security-guarantees')]))).not.toContain('c:security-guarantees');
  });

  it('"it" brings the old topics along: whole after a question naming only a person, at reduced weight beside its own', () => {
    const r = resolve('and what did Trump think of it?', state([person('hegseth'), topic('nato')]));
    expect(r.carried.find((u) => u.key === 'c:nato')?.scale).toBe(1);
    const own = resolve('what did the Kremlin say about it?', state([person('zelensky'), topic('land-swap')]));
    expect(own.carried.find((u) => u.key === 'c:land-swap')?.scale).toBeCloseTo(SEARCH_DEFAULTS.carry);
  });

  it('"else" drops the earlier topics and hides what was shown', () => {
    const r = resolve('what else did he say?', state([person('peskov'), topic('kursk')]));
    expect(r.carried.map((u) => u.key)).not.toContain('c:kursk');
    expect(r.excludeShown).toBe(true);
  });

  it('"that year" carries the years of the answer just shown', () => {
    expect(
      carried('what happened in Crimea that year?', state([person('trump'), topic('territory')], last('10', ['trump'], 'trump', ['ukraine'], ['n:2014']))),
    ).toContain('n:2014');
  });

  it('"there" carries the place the last question named, else the answer\'s first place', () => {
    expect(carried('What did Ukraine do there?', state([person('zelensky'), { ...topic('kursk'), kind: 'place' }], last('22', ['zelensky'])))).toContain(
      'c:kursk',
    );
    expect(carried('what happened there?', state([person('rayner')], last('13', ['rayner'], 'rayner', ['ukraine', 'russia'])))).toEqual(
      expect.arrayContaining(['c:ukraine']),
    );
  });

  it('"that city", "تلك المدينة" point at the answer\'s place as "there" does', () => {
    const shown = state([person('bessent')], last('18', ['zelensky', 'bessent'], 'zelensky', ['kyiv']));
    expect(carried('how will people in that city take the speech?', shown)).toContain('c:kyiv');
    expect(carried('كيف سيستقبل الناس في تلك المدينة الخطاب؟', shown)).toContain('c:kyiv');
  });

  it('a question with words of its own and no signal starts afresh', () => {
    expect(resolve('Where will Trump and Putin meet?', state([person('peskov'), topic('kursk')])).followUp).toBe(false);
  });
});

describe('corrections', () => {
  it('"no, I meant Zelensky": the correction opening is read, and its person replaces the person', () => {
    expect(correctionLength(folded('no, I meant Zelensky'), words)).toBe(3);
    expect(correctionLength(folded('لا، أقصد زيلينسكي'), words)).toBe(2);
    expect(correctionLength(folded('I mean it'), words)).toBe(2);
    expect(correctionLength(folded('what did Trump mean?'), words)).toBe(0);
    const base = parseQuery(index, 'What did Trump say about elections?', SEARCH_DEFAULTS);
    const fix = parseQuery(index, 'Zelensky', SEARCH_DEFAULTS);
    const keys = correctedUnits(base, fix).map((u) => u.key);
    expect(keys).toContain('c:zelensky');
    expect(keys).toContain('c:elections');
    expect(keys).not.toContain('c:trump');
  });
});

describe('the focus remembered', () => {
  it('a person a pronoun pointed at stays in focus afresh; context only carried ages out', () => {
    const prev = state([person('peskov', 2), topic('kursk', 2)]);
    const q = parseQuery(index, 'what else did he say?', SEARCH_DEFAULTS);
    const r = resolveFollowUp(q, pointersOf(folded(q.text), words), prev, ctx);
    const focus = nextFocus([...q.units, ...r.carried], r, prev);
    expect(focus.find((f) => f.key === 'c:peskov')?.age).toBe(0);
    expect(focus.find((f) => f.key === 'c:kursk')).toBeUndefined();
  });
});

describe('dialogue words', () => {
  it('reads choices, openings and source questions', () => {
    expect(choiceNumber(folded('2'), words)).toBe(2);
    expect(choiceNumber(folded('٢'), words)).toBe(2);
    expect(choiceNumber(folded('option 1'), words)).toBe(1);
    expect(choiceNumber(folded('2014'), words)).toBeUndefined();
    expect(choiceNumber(folded('what about 2'), words)).toBeUndefined();
    expect(withoutOpening(folded('ومن قال ذلك')).join(' ')).toBe(folded('من قال ذلك').join(' '));
    expect(words.sourceQuestions.has(withoutOpening(folded('and who said that?')).join(' '))).toBe(true);
  });
});

describe('Arabic openings and copulas', () => {
  it('و glued to a preposition and a question word opens a follow-up: وبماذا، ولمن', () => {
    const s = state([person('zelensky')], last('28', ['zelensky'], 'zelensky'));
    expect(pointersOf(folded('وبماذا وصف الانتخابات؟'), words).opening).toBe(true);
    expect(pointersOf(folded('ولمن قال ذلك؟'), words).opening).toBe(true);
    expect(pointersOf(folded('وزير الدفاع'), words).opening).toBe(false);
    expect(resolve('وبماذا وصف الانتخابات؟', s).followUp).toBe(true);
  });

  it('هو after a question word is a copula: "من هو بيسكوف؟" is a new question, not a follow-up', () => {
    const s = state([person('zelensky')], last('28', ['zelensky'], 'zelensky'));
    expect(pointersOf(folded('من هو بيسكوف؟'), words).copulaOnly).toBe(true);
    expect(resolve('من هو بيسكوف؟', s).followUp).toBe(false);
    // هو as the subject ("and what did he say?") is still a pronoun.
    expect(pointersOf(folded('وماذا قال هو؟'), words).copulaOnly).toBe(false);
  });
});

describe('replies asked about', () => {
  it('"how did Russia respond?" with nothing to respond to of its own asks about the answer just shown', () => {
    const s = state([person('zelensky')], last('22', ['zelensky'], 'zelensky'));
    expect(resolve('how did Russia respond?', s).aboutAnswer).toBe(true);
    expect(resolve('وكيف رد الكرملين؟', s).aboutAnswer).toBe(true);
    // A reply to something the question names itself is a question of its own.
    expect(resolve('how did Russia respond to the drone strikes?', s).aboutAnswer).toBe(false);
  });

  it('an Arabic verb of "he" in the present tense right after a question word says "he" (وأين يعمل؟)', () => {
    expect(pointersOf(folded('وأين يعمل؟'), words).subjectVerb).toBe(true);
    // Nobody asked about in the last question: "he" is the speaker of the answer just shown.
    expect(carried('وأين يعمل؟', state([person('zelensky', 1)], last('29', ['putin'], 'putin')))).toContain('c:putin');
    // A definite noun after the verb is its subject; a noun follows كم ("how many days").
    expect(pointersOf(folded('وأين يعمل الرئيس؟'), words).subjectVerb).toBe(false);
    expect(pointersOf(folded('كم يوما استمرت الحرب؟'), words).subjectVerb).toBe(false);
  });

  it('a definite noun right after a verb of saying is its subject, not "he"', () => {
    expect(pointersOf(folded('وكيف رد الكرملين؟'), words).subjectVerb).toBe(false);
    expect(pointersOf(folded('ماذا قال عن الانتخابات؟'), words).subjectVerb).toBe(true);
  });
});

describe('Arabic pronouns written onto a word', () => {
  it('هم، ها on a word point back; a word with the article or too short does not', () => {
    const f = (x: string) => index.analyzer.fold(x);
    for (const x of ['إحصاؤهم', 'وأسبابها', 'أعدادهم']) expect(hasAttachedPronoun(f(x), words), x).toBe(true);
    // المتهم ("the accused") ends in هم by chance; فهم ("understanding") is too short.
    for (const x of ['المتهم', 'فهم', 'ولماذا', 'بالمنطقة']) expect(hasAttachedPronoun(f(x), words), x).toBe(false);
    expect(hasPossessiveHis(f('شرعيته'))).toBe(true);
    expect(hasPossessiveHis(f('الشرعية'))).toBe(false);
    expect(hasPossessiveHis(f('وقته'))).toBe(false);
  });

  it('"why is it hard to count them?" points at the answer just shown, which may answer again', () => {
    const r = resolve('ولماذا يصعب إحصاؤهم؟', state([topic('casualties')], last('35', [], undefined, ['russia', 'ukraine'])));
    expect(r.aboutAnswer).toBe(true);
    expect(r.nearSelf).toBe(true);
    expect(r.carried.map((u) => u.key)).toContain('c:casualties');
  });

  it('a word whose own first letter is و still carries "his" (وفاته, "his death")', () => {
    const f = (x: string) => index.analyzer.fold(x);
    expect(hasPossessiveHis(f('وفاته'))).toBe(true);
    expect(hasPossessiveHis(f('ووظيفته'))).toBe(true);
    expect(carried('ما سبب وفاته؟', state([person('zelensky'), topic('elections')]))).toContain('c:zelensky');
  });

  it('شرعيته ("his legitimacy") stands for the person of the conversation', () => {
    expect(carried('ومن يشكك في شرعيته؟', state([person('zelensky'), topic('elections')]))).toContain('c:zelensky');
  });
});

describe('answer facts and spans', () => {
  it('a sentence that refers back to the one before it with a demonstrative standing alone is a reply', () => {
    // ¶23 "… إن هذا “مستحيل”" (Peskov said this was impossible), ¶12 "أعتقد أن هذا صحيح", ¶16 "وكل ذلك أضاف".
    for (const ref of ['12', '16', '23']) expect(facts.refersBack(gid(ref)), ref).toBe(true);
    // A demonstrative before a word with the article is a determiner: ¶24.2 هذه المنطقة, ¶6.1 هذه الحرب;
    // ¶30 بما في ذلك القرم ("including Crimea").
    for (const ref of ['24.2', '6.1', '30', '22']) expect(facts.refersBack(gid(ref)), ref).toBe(false);
  });

  it('"that" asking about the answer (not its time or place) may be answered by the reply to it', () => {
    const s = state([topic('interview')], last('22', ['zelensky'], 'zelensky'));
    expect(resolve('who rejected that?', s).aboutAnswer).toBe(true);
    expect(resolve('ومن رفض ذلك؟', s).aboutAnswer).toBe(true);
    expect(resolve('what happened there that year?', s).aboutAnswer).toBe(false);
    expect(resolve('what else did he say?', s).aboutAnswer).toBe(false);
  });

  it('"what else did he say?" reads on from the answer just shown, as "what did he add?" does', () => {
    const s = state([], last('23', ['peskov', 'putin'], 'peskov'));
    expect(resolve('what else did he say?', s).nearLast).toBe(true);
    // Without a person, "what else?" has no one whose words go on.
    expect(resolve('what else?', s).nearLast).toBe(false);
  });

  it('the speaker of a quotation is carried into its later sentences', () => {
    expect(facts.of(gid('24.1')).speaker).toBe('peskov');
    expect(facts.of(gid('24.1')).namesSpeaker).toBe(false);
    // ¶23 names Putin only inside "Putin's spokesman": Peskov speaks.
    expect(facts.of(gid('23')).speaker).toBe('peskov');
    expect(facts.of(gid('10')).years).toContain('n:2014');
  });

  it('a quotation that runs over two sentences is one span', () => {
    // ¶23 announces the quotation that opens ¶24.
    expect(spanOf(index, facts, gid('23')).map(refOf)).toEqual(['23', '24.1']);
    // ¶6.1 opens a quotation that ¶6.2 closes.
    expect(spanOf(index, facts, gid('6.2')).map(refOf)).toEqual(['6.1', '6.2']);
    expect(spanOf(index, facts, gid('19.1')).map(refOf)).toEqual(['19.1', '19.2']);
    // A sentence that is a whole thought stays alone.
    expect(spanOf(index, facts, gid('9')).map(refOf)).toEqual(['9', '9']);
    expect(spanOf(index, facts, gid('27')).map(refOf)).toEqual(['27', '27']);
  });
});
