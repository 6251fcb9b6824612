import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type EvalQuestion, readQuestions, runQuestions, summarize } from '../../src/cli/evaluate.js';
import { DIRECTIONS, paragraphStories, readXling, runXling } from '../../src/cli/xling.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Engine } from '../../src/types.js';

// Floors on the project's question sets, a little under today's figures (see `npm run eval`), so a
// change that makes answers worse fails CI. Raise them when quality improves; never lower them to
// make a change pass.
const dir = fileURLToPath(new URL('.', import.meta.url));
const engine = loadEngine();
const report = (set: string) => {
  const rows = summarize(runQuestions(engine, readQuestions(`${dir}/${set}-questions.jsonl`)));
  return Object.fromEntries(rows.map((r) => [r.kind, r]));
};

describe('quality floors', () => {
  it('the development set (the kinds the project is judged on)', () => {
    const r = report('dev');
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.95);
    expect(r.answerable?.hit3).toBeGreaterThanOrEqual(0.97);
    expect(r.answerable?.abstained).toBeLessThanOrEqual(0.03);
    expect(r.oos?.abstained).toBeGreaterThanOrEqual(0.9);
  });

  it('our own, harder set of paraphrases, typos, Arabic, mixed scripts and conversations', () => {
    const r = report('own');
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.84);
    expect(r.answerable?.hit3).toBeGreaterThanOrEqual(0.9);
    expect(r.answerable?.abstained).toBeLessThanOrEqual(0.05);
    expect(r.oos?.abstained).toBeGreaterThanOrEqual(0.85);
    for (const kind of ['en', 'et', 'ar', 'mx', 'dlg']) expect(r[kind]?.hit3, kind).toBeGreaterThanOrEqual(0.8);
  });

  it('conversations: multi-turn chats asked a page at a time (pronouns, ellipsis, corrections, else)', () => {
    const r = report('conversation');
    // Measured 97.4% hit@1, 100% hit@3 (86.8% and 89.5% before the replies, attached pronouns and spans of this release).
    expect(r.dlg?.hit1).toBeGreaterThanOrEqual(0.94);
    expect(r.dlg?.hit3).toBeGreaterThanOrEqual(0.97);
    expect(r.dlg?.abstained).toBeLessThanOrEqual(0.05);
    // The conversation turns of the older sets, too.
    expect(report('own').dlg?.hit1).toBeGreaterThanOrEqual(0.9);
    expect(report('dev').dlg?.hit1).toBe(1);
  });

  it('the conversation development set of the fifth round (conversation-dev), written before its mechanisms', () => {
    const r = report('conversation-dev');
    // Measured 95.5% hit@1, 96.6% hit@3 (tenth session; 89.8% and 92.0% before it); 76.1% and 79.5% when
    // it was written, before any change.
    expect(r.dlg?.hit1).toBeGreaterThanOrEqual(0.94);
    expect(r.dlg?.hit3).toBeGreaterThanOrEqual(0.95);
    expect(r.dlg?.abstained).toBeLessThanOrEqual(0.03);
  });

  it('the fresh conversation development set (conversation-fresh-dev), written and committed before it was run', () => {
    const r = report('conversation-fresh-dev');
    // Measured 85.7% hit@1, 92.1% hit@3, 0% abstained (eighth session, conv14; 79.4% and 87.3% after
    // conv13); 63.5%, 71.4% and 4.8% on its first run, before any change.
    expect(r.dlg?.hit1).toBeGreaterThanOrEqual(0.84);
    expect(r.dlg?.hit3).toBeGreaterThanOrEqual(0.9);
    expect(r.dlg?.abstained).toBeLessThanOrEqual(0.03);
    // elseOwnVerb (twenty-first session, conv29): 88.9% hit@1.
    expect(r.dlg?.hit1).toBeGreaterThanOrEqual(0.88);
  });

  it('the fresh development set (fresh-dev), written and committed before it was run', () => {
    const r = report('fresh-dev');
    // Measured 92.1% hit@1, 96.8% hit@3, 0% abstained, 44% of out-of-scope refused (tenth session,
    // seedfresh1), the same as on its first run.
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.9);
    expect(r.answerable?.hit3).toBeGreaterThanOrEqual(0.95);
    expect(r.answerable?.abstained).toBeLessThanOrEqual(0.03);
    // Without hand-made data: measured 85.7% (English 80.6%), 74.6% (English 63.9%) on its first run.
    const bare = loadEngine({ load: { handMade: false } });
    const b = Object.fromEntries(summarize(runQuestions(bare, readQuestions(`${dir}/fresh-dev-questions.jsonl`))).map((x) => [x.kind, x]));
    expect(b.answerable?.hit1).toBeGreaterThanOrEqual(0.84);
    expect(b.en?.hit1).toBeGreaterThanOrEqual(0.78);
  });

  it('the second fresh development set (fresh2-dev), written and committed before it was run', () => {
    const r = report('fresh2-dev');
    // Measured 80.6% hit@1, 91.7% hit@3, 4.2% abstained (tenth session, seedfresh2), the same as on its
    // first run.
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.79);
    expect(r.answerable?.hit3).toBeGreaterThanOrEqual(0.9);
    expect(r.answerable?.abstained).toBeLessThanOrEqual(0.05);
    // Without hand-made data: measured 69.4% (English 69.6%, Arabic 68.8%); 65.3% (66.1%, 62.5%) on its first run.
    const bare = loadEngine({ load: { handMade: false } });
    const b = Object.fromEntries(summarize(runQuestions(bare, readQuestions(`${dir}/fresh2-dev-questions.jsonl`))).map((x) => [x.kind, x]));
    expect(b.answerable?.hit1).toBeGreaterThanOrEqual(0.68);
    expect(b.en?.hit1).toBeGreaterThanOrEqual(0.68);
  });

  it('the third fresh development set (fresh3-dev), written and committed before it was run', () => {
    const r = report('fresh3-dev');
    // Measured 80.8% hit@1, 91.8% hit@3, 1.4% abstained (eleventh session, seedfresh3), the same as on
    // its first run.
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.79);
    expect(r.answerable?.hit3).toBeGreaterThanOrEqual(0.9);
    expect(r.answerable?.abstained).toBeLessThanOrEqual(0.03);
    // Without hand-made data: measured 76.7% (English 70.2%, Arabic 100%), 0% refused; 68.5% (59.6%,
    // 100%), 4.1% refused on its first run.
    const bare = loadEngine({ load: { handMade: false } });
    const b = Object.fromEntries(summarize(runQuestions(bare, readQuestions(`${dir}/fresh3-dev-questions.jsonl`))).map((x) => [x.kind, x]));
    expect(b.answerable?.hit1).toBeGreaterThanOrEqual(0.75);
    expect(b.en?.hit1).toBeGreaterThanOrEqual(0.68);
  });

  it('held-out conversations, written before any tuning and never tuned on', () => {
    const r = report('conversation-holdout');
    // Measured 89.1% hit@1, 91.3% hit@3 (84.8% and 87.0% before the follow-up work measured on conversation-dev).
    expect(r.dlg?.hit1).toBeGreaterThanOrEqual(0.87);
    expect(r.dlg?.hit3).toBeGreaterThanOrEqual(0.89);
  });

  it('conversations over stories other than the seed (test/eval/story-conversation*), loaded as a user adds them', { timeout: 180_000 }, () => {
    // Each folder of stories once, with no hand-made data, as `npm run eval` loads them.
    const engines = new Map<string, Engine>();
    const engineOf = (q: EvalQuestion): Engine => {
      // A turn that names no folder is asked of the seed, as `npm run eval` asks it.
      if (q.stories === undefined) return engine;
      const storiesDir = join(dir, q.stories);
      let e = engines.get(storiesDir);
      if (e === undefined) {
        e = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });
        engines.set(storiesDir, e);
      }
      return e;
    };
    const of = (set: string) => summarize(runQuestions(engineOf, readQuestions(`${dir}/${set}-questions.jsonl`))).find((x) => x.kind === 'dlg');
    // Development turns: measured 80.0% hit@1, 85.6% hit@3 in the ninth session (conv15: a new question
    // tied with the answer shown gets the other sentence); 77.8% and 85.6% in the eighth; 71.1% and 78.9% (67.8% and 75.6% before conv12's Arabic
    // pronoun rules and its fallback for a pronoun's guessed person; 52.2% and 62.2% before the
    // follow-up work they were written for).
    expect(of('story-conversation')?.hit1).toBeGreaterThanOrEqual(0.78);
    expect(of('story-conversation')?.hit3).toBeGreaterThanOrEqual(0.83);
    // Held-out turns, written with them and never tuned on: measured 71.4% hit@1, 78.6% hit@3 (67.9% and
    // 78.6% before why? after an answer with no reason).
    expect(of('story-conversation-holdout')?.hit1).toBeGreaterThanOrEqual(0.6);
    expect(of('story-conversation-holdout')?.hit3).toBeGreaterThanOrEqual(0.6);
    // Development turns over four more stories (Montana, antibiotics, Ibn Khaldun, Tunisia): 79.6% hit@1,
    // 89.8% hit@3 in the eighth session; measured 71.4%
    // hit@1, 78.6% hit@3 (the first 25 turns 64.0% when written, before why? and "other" as an adjective).
    expect(of('story-conversation-dev')?.hit1).toBeGreaterThanOrEqual(0.77);
    expect(of('story-conversation-dev')?.hit3).toBeGreaterThanOrEqual(0.87);
    // Development turns over five more stories (Alexander, Ben M'hidi, Bitcoin, Beyoncé, Notre Dame),
    // written and committed before they were run (ninth session, conv15): 68.7% hit@1, 73.1% hit@3, 9.0%
    // abstained on the first run; measured 74.6%, 77.6% and 4.5%.
    const fresh = of('story-conversation-fresh-dev');
    expect(fresh?.hit1).toBeGreaterThanOrEqual(0.73);
    expect(fresh?.hit3).toBeGreaterThanOrEqual(0.76);
    expect(fresh?.abstained).toBeLessThanOrEqual(0.06);
    // Development turns with corrections and kinship words (Beyoncé, Osman I, the Rothschilds), written
    // and committed before they were run (ninth session, conv16): 51.9% hit@1 on the first run of 27
    // turns; the two chats over stories of the held-out conversations were then taken out: 36.8% hit@1,
    // 52.6% hit@3 of the 19 left.
    const kin = of('story-conversation-kin-dev');
    expect(kin?.hit1).toBeGreaterThanOrEqual(0.36);
    expect(kin?.hit3).toBeGreaterThanOrEqual(0.52);
    // The kin words and a kin noun's owner suffix (tenth session, conv17): 52.6% hit@1, 68.4% hit@3, none refused.
    expect(kin?.hit1).toBeGreaterThanOrEqual(0.5);
    expect(kin?.hit3).toBeGreaterThanOrEqual(0.66);
    // The who-is person and teaching as a tie (conv17): 76.1% hit@1 on story-conversation-fresh-dev.
    expect(fresh?.hit1).toBeGreaterThanOrEqual(0.75);
    // References to the answer shown, kinship and a correction over seven stories no other set uses,
    // written and committed before they were run (tenth session, conv17): 64.9% hit@1, 75.7% hit@3, 13.5%
    // refused on the first run; measured 75.7%, 83.8% and 8.1% after that session's rules.
    const ref = of('story-conversation-ref-dev');
    expect(ref?.hit1).toBeGreaterThanOrEqual(0.73);
    expect(ref?.hit3).toBeGreaterThanOrEqual(0.81);
    expect(ref?.abstained).toBeLessThanOrEqual(0.11);
    // The outcome question (did it work?) and a noun after "that" held by the answer shown (conv18):
    // ref-dev 78.4% hit@1, 86.5% hit@3, 5.4% refused; fresh-dev 80.6% hit@1.
    expect(ref?.hit1).toBeGreaterThanOrEqual(0.76);
    expect(ref?.hit3).toBeGreaterThanOrEqual(0.84);
    expect(ref?.abstained).toBeLessThanOrEqual(0.07);
    expect(fresh?.hit1).toBeGreaterThanOrEqual(0.79);
    // The successor rule (conv16): 83.7% hit@1 on story-conversation-dev.
    expect(of('story-conversation-dev')?.hit1).toBeGreaterThanOrEqual(0.8);
    // Carried context at 0.4 a turn and an Arabic verb of "it" after a question word (eleventh session,
    // conv19): story-conversation 82.2% hit@1, story-conversation-fresh-dev 82.1%. 81.1% since
    // `mutualSynonym` (enen7: "more" after "How long did the earthquake last?" shows the main quake's aftershocks fourth).
    expect(of('story-conversation')?.hit1).toBeGreaterThanOrEqual(0.81);
    // nkAsNg (twenty-fifth session, conv34: جنكيز reads Genghis): story-conversation 84.4% hit@1, 91.1% hit@3.
    expect(of('story-conversation')?.hit1).toBeGreaterThanOrEqual(0.84);
    expect(of('story-conversation')?.hit3).toBeGreaterThanOrEqual(0.91);
    expect(fresh?.hit1).toBeGreaterThanOrEqual(0.82);
    // بذلك / بهذا as pointers and stop words (conv19): ref-dev 81.1% hit@1, 89.2% hit@3.
    expect(ref?.hit1).toBeGreaterThanOrEqual(0.81);
    expect(ref?.hit3).toBeGreaterThanOrEqual(0.89);
    // ownWordsAhead (eighteenth session, conv26): 83.8% hit@1.
    expect(ref?.hit1).toBeGreaterThanOrEqual(0.83);
    // Twelve chats over twelve development stories no other set had used, half of them in Arabic,
    // written and committed before they were run (conv19): 84.5% hit@1, 88.7% hit@3, 2.8% refused on the
    // first run, the same after that session's rules.
    const fresh2 = of('story-conversation-fresh2-dev');
    expect(fresh2?.hit1).toBeGreaterThanOrEqual(0.84);
    expect(fresh2?.hit3).toBeGreaterThanOrEqual(0.88);
    expect(fresh2?.abstained).toBeLessThanOrEqual(0.03);
    // ownWordsMoreScore and ownWordsAhead (eighteenth session, conv26): 88.7% hit@1.
    expect(fresh2?.hit1).toBeGreaterThanOrEqual(0.88);
    // Twelve chats over twelve more development stories (four English, four Arabic, four across
    // languages), written and committed before they were run (conv20): 66.7% hit@1, 77.8% hit@3, 6.9%
    // refused on the first run; 72.2%, 81.9% and 4.2% after that session's rules (a verbless fragment
    // points at the answer shown; the answer shown gives way when it holds no word of the question's own;
    // words a question pointing back asks that the story never holds are read as if not asked).
    const fresh3 = of('story-conversation-fresh3-dev');
    expect(fresh3?.hit1).toBeGreaterThanOrEqual(0.72);
    expect(fresh3?.hit3).toBeGreaterThanOrEqual(0.81);
    expect(fresh3?.abstained).toBeLessThanOrEqual(0.05);
    // Fifteen chats over nine development stories no other set had used and two over the seed (95 turns),
    // written and committed before they were run (conv21): 78.9% hit@1, 81.1% hit@3, 7.4% refused.
    const fresh4 = of('story-conversation-fresh4-dev');
    expect(fresh4?.hit1).toBeGreaterThanOrEqual(0.78);
    expect(fresh4?.hit3).toBeGreaterThanOrEqual(0.8);
    expect(fresh4?.abstained).toBeLessThanOrEqual(0.08);
    // ownWordsAhead (eighteenth session, conv26): 81.1% hit@1.
    expect(fresh4?.hit1).toBeGreaterThanOrEqual(0.81);
    // guessedAnyKind (twenty-first session, conv29): 82.1% hit@1, 2.1% refused.
    expect(fresh4?.hit1).toBeGreaterThanOrEqual(0.82);
    // Ten chats over eight development stories no other set had used (68 turns, Arabic and English, English
    // over Arabic stories), written and committed before they were run (conv22): 64.7% hit@1, 82.4% hit@3,
    // no refusal; 66.2% and 83.8% after a name cut off its sentence is quoted with it (span.ts).
    const fresh5 = of('story-conversation-fresh5-dev');
    // 64.7% and 82.4% with one key for die, died and dying (fifteenth session, stem15): ومتى مات؟ no
    // longer finds توفي, whose two first senses matched مات's only while die and died had two keys.
    // 66.2% once a noun in ة with a pronoun after it is keyed as its bare form (sixteenth session, arana3:
    // من كان خليفته؟). 69.1% and 85.3% with answerAgainType and ownWordsGuess (seventeenth session, conv25:
    // ومتى مات؟ gets the sentence giving the year, وماذا درس هناك؟ the one saying what he studied).
    expect(fresh5?.hit1).toBeGreaterThanOrEqual(0.69);
    // ownWordsAhead (eighteenth session, conv26): 70.6% hit@1.
    expect(fresh5?.hit1).toBeGreaterThanOrEqual(0.7);
    // whyOwnWords and identityNoFollowing (nineteenth session, conv27): 72.1% hit@1.
    expect(fresh5?.hit1).toBeGreaterThanOrEqual(0.72);
    expect(fresh5?.hit3).toBeGreaterThanOrEqual(0.85);
    expect(fresh5?.abstained).toBeLessThanOrEqual(0.02);
    // himSuffix (twenty-second session, conv30: من علمه النحو؟ is a follow-up): fresh5 73.5% hit@1,
    // story-conversation-dev 85.7% hit@1 and none refused.
    expect(fresh5?.hit1).toBeGreaterThanOrEqual(0.73);
    expect(of('story-conversation-dev')?.hit1).toBeGreaterThanOrEqual(0.85);
    // authorWho and kinFirst (twenty-third session, conv31: "who wrote …?" asks for the author; a follow-up
    // asking for kin is answered by a sentence naming that kin), irregularForm (enen13: send ~ sent):
    // fresh5 77.9%, fresh3 76.4%, fresh4 83.2% hit@1.
    expect(fresh5?.hit1).toBeGreaterThanOrEqual(0.77);
    expect(fresh3?.hit1).toBeGreaterThanOrEqual(0.76);
    expect(fresh4?.hit1).toBeGreaterThanOrEqual(0.83);
    // titleSomeone (twenty-fourth session, conv33: "where was Gibran born?" makes Gibran the next "he"):
    // fresh5 hit@3 86.8 → 88.2%.
    expect(fresh5?.hit3).toBeGreaterThanOrEqual(0.88);
    // The development sets asked again with no story chosen, every story of their folder in play
    // (conversationStory, conv21; storyStay, user13): 72.2% hit@1 of 500 turns with both, 70.8% with
    // conversationStory alone, 70.2% with storyStay alone, 63.0% with neither.
    const sets = ['story-conversation', 'story-conversation-dev', 'story-conversation-fresh-dev', 'story-conversation-fresh2-dev'].concat([
      'story-conversation-fresh3-dev',
      'story-conversation-fresh4-dev',
      'story-conversation-kin-dev',
      'story-conversation-ref-dev',
    ]);
    const unchosen = sets.flatMap((set) => readQuestions(`${dir}/${set}-questions.jsonl`)).map(({ story: _, ...q }) => q);
    const open = summarize(runQuestions(engineOf, unchosen)).find((x) => x.kind === 'dlg');
    expect(open?.hit1).toBeGreaterThanOrEqual(0.715);
  });

  it('the held-out set, never tuned on', () => {
    const r = report('holdout');
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.84);
    expect(r.answerable?.hit3).toBeGreaterThanOrEqual(0.9);
  });

  it('the seed story without any hand-made data (no lexicon, no rendering): as a user would add it', () => {
    const bare = loadEngine({ load: { handMade: false } });
    const rows = summarize(runQuestions(bare, [...readQuestions(`${dir}/dev-questions.jsonl`), ...readQuestions(`${dir}/own-questions.jsonl`)]));
    const r = Object.fromEntries(rows.map((x) => [x.kind, x]));
    // Measured 82.9% (English 81.5%) at the end of the seventh session; 74.6% (English 76.9%) at the end of
    // the sixth; 67.6% (English 66.2%) at its start;
    // 59% (English 52%) at the start of the fifth; the release before the "any story" work reached 20%
    // (English 3%).
    expect(r.answerable?.hit1).toBeGreaterThanOrEqual(0.8);
    expect(r.en?.hit1).toBeGreaterThanOrEqual(0.79);
    expect(r.oos?.abstained).toBeGreaterThanOrEqual(0.8);
    // Conversation turns without hand-made data: measured 86.3% over dev + own + conversation at the end of
    // the seventh session (65.8% at the end of the fifth, 60.3% before it).
    const chats = summarize(
      runQuestions(
        bare,
        ['dev', 'own', 'conversation'].flatMap((s) => readQuestions(`${dir}/${s}-questions.jsonl`)),
      ),
    );
    expect(chats.find((x) => x.kind === 'dlg')?.hit1).toBeGreaterThanOrEqual(0.83);
  });

  it('stories nobody prepared, in four directions (development stories of test/eval/xling)', { timeout: 180_000 }, () => {
    // Measured on the development stories: 86.6 / 82.0 / 84.1 / 78.9% hit@1 (ar-ar, en-ar, en-en, ar-en)
    // and 76.9 / 67.5 / 70.5 / 52.4% of their out-of-scope questions refused in the tenth session (oos4:
    // years never written, more facets; 76.9 / 60.0 / 70.5 / 52.4% after oos3: facets, counts not given); 86.6 / 82.0 / 84.1 / 78.4% and 69.2 / 50.0 / 70.5 / 40.5% in the ninth;
    // 86.6 / 77.0 / 82.1 / 75.7% (59.0 / 45.0 / 65.9 / 28.6% refused) in the eighth; 83.7 / 72.5 / 79.2 / 71.6% in the seventh; 80.1 / 71.6 / 76.0 / 63.3% in the sixth; 76.4 / 64.9 / 72.8 / 59.6% before it;
    // 73.6 / 59.9 / 70.8 / 54.6% before the fifth session's matching rules and title credit;
    // 73.6 / 56.8 / 70.8 / 53.2% with part one of the dictionary's core vocabulary only
    // (knowledge/dictionary/supplement.tsv), 73.6 / 51.4 / 70.1 / 49.5% before it;
    // before the thesaurus, phrase translations and the name-spelling rules: 71.4 / 40.1 / 68.1 / 36.7%.
    // Twenty-fourth session: 87.7 / 81.5 / 86.3 / 81.7% (countedHead, enen15: English 85.8 → 86.3%).
    const floors: Record<string, number> = { 'ar-ar': 0.85, 'en-ar': 0.8, 'en-en': 0.86, 'ar-en': 0.77 };
    const oosFloors: Record<string, number> = { 'ar-ar': 0.74, 'en-ar': 0.65, 'en-en': 0.68, 'ar-en': 0.5 };
    const xdir = join(dir, 'xling');
    for (const direction of DIRECTIONS) {
      const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: join(xdir, 'stories', direction.slice(3)), handMade: false });
      const r = runXling(
        createEngine({ knowledge }),
        readXling(xdir, direction).filter((q) => q.split === 'dev'),
      );
      expect(r.hit1, direction).toBeGreaterThanOrEqual(floors[direction] as number);
      expect(r.oosAbstained, `${direction} out of scope`).toBeGreaterThanOrEqual(oosFloors[direction] as number);
    }
  });

  it('stories of one paragraph: the development stories of test/eval/xling cut into paragraphs', { timeout: 180_000 }, () => {
    // Measured in the eleventh session: 88.4 / 87.8 / 85.0 / 84.4% hit@1 (ar-ar, en-ar, en-en, ar-en),
    // answerable refused 5.1 / 4.5 / 3.9 / 3.7% (84.4 / 87.4 / 83.3 / 83.5% and 9.1 / 5.0 / 6.1 / 4.6% before
    // the title's unwritten subject and the short story's bar). Twenty-fourth session: 91.3 / 88.3 / 89.0 /
    // 84.9% (countedHead, enen15: English 88.7 → 89.0%).
    const floors: Record<string, number> = { 'ar-ar': 0.87, 'en-ar': 0.86, 'en-en': 0.88, 'ar-en': 0.82 };
    const xdir = join(dir, 'xling');
    for (const lang of ['ar', 'en'] as const) {
      const paragraphs = paragraphStories(join(xdir, 'stories', lang));
      try {
        const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: paragraphs.storiesDir, handMade: false, cache: false }) });
        for (const direction of DIRECTIONS.filter((d) => d.endsWith(lang))) {
          const r = runXling(
            engine,
            readXling(xdir, direction)
              .filter((q) => q.split === 'dev')
              .map(paragraphs.move),
          );
          expect(r.hit1, direction).toBeGreaterThanOrEqual(floors[direction] as number);
          expect(r.falseAbstention, `${direction} answerable refused`).toBeLessThanOrEqual(0.06);
        }
      } finally {
        rmSync(paragraphs.storiesDir, { recursive: true, force: true });
      }
    }
  });
});
