/**
 * Follow-up resolution, rule by rule, on the seed story's index: who a pronoun stands for, when a new
 * subject replaces the old one, what "it" may point at, and how long context is remembered. Each test
 * fails when its rule is turned off in src/conversation/followup.ts (checked by breaking each in turn);
 * test/conversation/followup.test.ts holds the others.
 */
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { correctedUnits, nextFocus, pointersOf, resolveFollowUp } from '../../src/conversation/followup.js';
import { MAX_FOCUS_AGE, newState } from '../../src/conversation/state.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import type { ChatState, FocusItem } from '../../src/types.js';
import { answer, person, state } from '../support/focus.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const words = foldConversationWords(index);
const ctx = { index, words, o: SEARCH_DEFAULTS };
const folded = (text: string) => index.analyzer.analyze(text).map((t) => t.norm);

const topic = (id: string, age = 0): FocusItem => ({ key: `c:${id}`, label: id, kind: 'topic', weight: 3, age });
const read = (question: string) => parseQuery(index, question, SEARCH_DEFAULTS);
const resolve = (question: string, s: ChatState) => resolveFollowUp(read(question), pointersOf(folded(question), words), s, ctx);
const carried = (question: string, s: ChatState) => resolve(question, s).carried.map((u) => u.key);

describe('a pronoun carries the previous subject', () => {
  it('"he" in a question about something new is the person asked about before, and counts as asked', () => {
    const r = resolve('when did he say it?', state([person('peskov'), topic('kursk')]));
    const he = r.carried.find((u) => u.key === 'c:peskov');
    expect(he).toBeDefined();
    // The question is judged on "he" as on its own words.
    expect(he?.carried).toBe(false);
    expect(r.followUp).toBe(true);
  });

  it('of two people asked about, "he" is the one speaking in the answer just shown', () => {
    // The last question named Trump first; the answer shown (¶29) is Putin's words.
    const keys = carried('what else did he say?', state([person('trump'), person('putin')], answer('29', ['putin', 'zelensky'], 'putin')));
    expect(keys).toContain('c:putin');
    expect(keys).not.toContain('c:trump');
  });

  it('with nobody asked about in the last question, "he" is the speaker of the answer, not an older person', () => {
    // Trump was asked about two questions ago (age 1); the answer just shown is Peskov's.
    const s = state([person('trump', 1)], answer('23', ['peskov', 'putin'], 'peskov'));
    expect(carried('what did he say about Kursk?', s)).toContain('c:peskov');
    expect(carried('what did he say about Kursk?', s)).not.toContain('c:trump');
    // Without a pronoun the conversation's person goes on ("and about Kursk?"), at a reduced weight.
    const goesOn = resolve('and about Kursk?', s).carried.find((u) => u.key === 'c:trump');
    expect(goesOn?.scale).toBeCloseTo(SEARCH_DEFAULTS.personWeight * SEARCH_DEFAULTS.carry);
  });

  it('a pronoun beside a person the question names is not one "nobody could stand for"', () => {
    // Only a pronoun alone, at the start of a conversation, makes the engine offer choices.
    expect(resolve('what did he say about elections?', newState(0)).unresolvedPerson).toBe(true);
    expect(resolve('what did Trump tell him?', newState(0)).unresolvedPerson).toBe(false);
  });
});

describe('a new subject replaces the previous one', () => {
  const before = state([person('peskov'), topic('kursk')], answer('23', ['peskov', 'putin'], 'peskov'));

  it('a new person takes the place of the old one', () => {
    const keys = carried('and what did Zelensky say?', before);
    expect(keys).not.toContain('c:peskov');
  });

  it('"it" with a new person points at the topic, not at the answer just shown', () => {
    // "and what did Zelensky say about it?": Kursk comes along, but Peskov's ¶23 is not the answer again.
    const turned = resolve('and what did Zelensky say about it?', before);
    expect(turned.carried.map((u) => u.key)).toContain('c:kursk');
    expect(turned.carried.map((u) => u.key)).not.toContain('c:peskov');
    expect(turned.nearSelf).toBe(false);
    // The same "it" without a new person may be answered by that answer itself.
    expect(resolve('what did he mean by it?', before).nearSelf).toBe(true);
  });
});

describe('context is remembered for a few turns', () => {
  const ask = (question: string, s: ChatState) => {
    const q = read(question);
    const r = resolveFollowUp(q, pointersOf(folded(question), words), s, ctx);
    return nextFocus([...q.units, ...r.carried], r, s);
  };

  it(`a topic only carried along ages a turn each time, and is forgotten past ${MAX_FOCUS_AGE} turns`, () => {
    // "and Trump?" carries the earlier topic along without naming it.
    const earlier = state([person('zelensky'), topic('elections', MAX_FOCUS_AGE - 1)]);
    // Carried from an earlier turn, it weighs less each turn.
    expect(resolve('and Trump?', earlier).carried.find((u) => u.key === 'c:elections')?.scale).toBeCloseTo(SEARCH_DEFAULTS.carry);
    const young = ask('and Trump?', earlier);
    expect(young.find((f) => f.key === 'c:elections')?.age).toBe(MAX_FOCUS_AGE);
    const old = ask('and Trump?', state([person('zelensky'), topic('elections', MAX_FOCUS_AGE)]));
    expect(old.find((f) => f.key === 'c:elections')).toBeUndefined();
  });
});

describe('an English subject pronoun before the names', () => {
  it('"he" stays the person asked about when the names come after it ("was he on the Trump-Putin call?")', () => {
    const before = state([person('zelensky'), topic('argue')]);
    expect(carried('was he on the trump-putin call?', before)).toContain('c:zelensky');
  });

  it('a name before "he" may be who "he" is: nobody earlier is carried ("did Trump say he would meet Putin?")', () => {
    const before = state([person('zelensky'), topic('argue')]);
    expect(carried('did Trump say he would meet Putin?', before)).not.toContain('c:zelensky');
  });
});

describe('"according to him" asks for the account of who speaks in the answer just shown', () => {
  // The last question was the Kremlin's view of Zelensky's idea; the answer shown is Peskov's words.
  const shown = () =>
    state(
      [
        { ...person('zelensky'), age: 1 },
        { key: 'c:kremlin', label: 'Kremlin', kind: 'org', weight: 4, age: 0 },
      ],
      answer('23', ['peskov', 'putin'], 'peskov'),
    );

  it('"حسب قوله" and "according to him" stand for the speaker, judged as asked', () => {
    for (const q of ['وماذا سيحدث للقوات الأوكرانية هناك حسب قوله؟', 'and what will happen to the troops, according to him?']) {
      const r = resolve(q, shown());
      expect(r.carried.find((u) => u.key === 'c:peskov')?.carried).toBe(false);
      expect(r.carried.map((u) => u.key)).not.toContain('c:zelensky');
    }
  });

  it('a source the question names itself is its own ("according to AFP")', () => {
    expect(carried('how long did the call last according to the AFP?', shown())).not.toContain('c:peskov');
  });
});

describe('a correction of a question that had nothing of its own', () => {
  it('"where?" then "no, I meant Trump and Putin" asks where about what "where?" referred to, with the new people', () => {
    // After "when is Zelensky meeting Rubio?" and "where?", the focus holds the meeting and Zelensky, a turn old.
    const focus = [
      { ...person('zelensky'), age: 1 },
      { ...topic('meeting'), age: 1 },
    ];
    const keys = correctedUnits(read('where?'), read('Trump and Putin'), { focus, o: SEARCH_DEFAULTS }).map((u) => u.key);
    expect(keys).toEqual(expect.arrayContaining(['c:meeting', 'c:trump', 'c:putin']));
    expect(keys).not.toContain('c:zelensky');
  });

  it('a question with words of its own is corrected on those alone', () => {
    const focus = [{ ...topic('kursk'), age: 1 }];
    const keys = correctedUnits(read('What did Putin say about elections?'), read('Zelensky'), { focus, o: SEARCH_DEFAULTS }).map((u) => u.key);
    expect(keys).not.toContain('c:kursk');
  });
});
