/**
 * Conversations over two stories of the cross-language benchmark's development split
 * (test/eval/xling/stories), each loaded alone with the shared language data and no hand-made data at
 * all (no lexicon.jsonl, no rendering): an Arabic Wikipedia article (Osman I, from ARCD) asked in
 * Arabic, and an English one (Beyoncé, from SQuAD) asked in English. Their people are known only
 * through the automatic story vocabulary (src/search/names.ts), so these scripts check that follow-ups
 * work on any story, not only on the seed and its lexicon.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { sharedKnowledgeCopy } from '../support/stories.js';
import { runScript } from './script.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** An engine over one benchmark story, with the shared language data and nothing made by hand. */
function engineFor(lang: 'ar' | 'en', story: string) {
  const dir = sharedKnowledgeCopy('sanad-benchmark-story-');
  made.push(dir);
  cpSync(new URL(`../eval/xling/stories/${lang}/${story}`, import.meta.url), join(dir, story), { recursive: true });
  return loadEngine({ knowledgeDir: dir, load: { handMade: false } });
}

describe('Scenario: an Arabic conversation about Osman I (ARCD, no lexicon)', () => {
  const engine = engineFor('ar', 'arcd-045-athman-alawl');

  it('loads one story without hand-made data', () => {
    expect(engine.stories.map((s) => s.id)).toEqual(['arcd-045-athman-alawl']);
  });

  it('follows Osman through his life, then turns to his father', () => {
    runScript(engine, [
      { ask: 'متى ولد عثمان الأول؟', first: '1.2', why: 'سنة 656هـ، 1258م' },
      { ask: 'وماذا فعل سنة 1295م؟', first: '1.5', followUp: true, why: 'he is Osman: he attacked the Byzantine frontier' },
      { ask: 'ومتى أعلن استقلاله؟', first: '1.6', why: 'استقلاله, "his independence": from the Seljuks, when the Mongols defeated them' },
      { ask: 'ومن فتح بورصة؟', first: '1.8', why: 'his son Orhan' },
      {
        ask: 'وماذا حدث بعد ذلك؟',
        // ¶2.1 is the next sentence after ¶1.9; ¶2.2 when ¶2.1 was on the first question's page.
        first: ['2.1', '2.2'],
        fresh: true,
        why: '¶1.9 was shown beside the answer: the next sentence not shown yet',
      },
      {
        ask: 'من هو أرطغرل؟',
        first: ['1.1', '1.2', '3.3', '3.5', '3.7', '3.8'],
        followUp: false,
        why: 'a new question: a sentence naming Ertugrul (who is X asks what the story says of him, not for his own acts first)',
      },
      { ask: 'وبماذا لقب؟', first: '3.7', followUp: true, why: 'وبماذا ("and with what") opens a follow-up about Ertugrul: his title «أوچ بكي»' },
      { ask: 'وقبل ذلك؟', first: '3.6', fresh: true, why: 'the sentence before the answer just shown' },
    ]);
  });
});

describe('Scenario: an English conversation about Beyoncé (SQuAD, no lexicon)', () => {
  const engine = engineFor('en', 'squad-005-beyonce-1');

  it('she, her, it, that, why, and what happened before and after', () => {
    runScript(engine, [
      { ask: "When did Beyonce's father resign from his job?", first: '6.5' },
      { ask: 'why?', first: '6.5', why: 'the answer itself says why: to manage the group' },
      { ask: 'and what did that do to the family?', first: '6.6', why: '"that" is the resignation; ¶6.6 follows it: "The move reduced … income by half"' },
      { ask: 'who is her sister?', first: '4.3', why: 'her is Beyoncé: Solange' },
      { ask: 'Why did Beyonce struggle to speak about her depression?', first: '8.5' },
      { ask: 'who helped her fight it?', first: '8.6', why: 'her mother; "it" is the depression' },
      { ask: 'How long did the depression last?', first: '8.4' },
      { ask: 'what happened next?', first: '8.7', fresh: true, why: '¶8.5 and ¶8.6 have been shown: the next sentence not shown yet' },
      { ask: 'and before that?', first: '8.3', fresh: true, why: 'the nearest sentence before what has been shown' },
      { ask: 'When was Survivor released?', first: '9.5', followUp: false },
      { ask: 'and when did the group announce a hiatus?', first: '9.8' },
    ]);
  });
});

// "من أسس عائلة روتشيلد؟" is answered by ¶2.1 (Amschel organised the family), which is what the reader
// meant: "لا، أقصد من نظم العائلة" corrects the question, not the answer. A correction excludes the answer
// it corrects, unless that answer holds every word of the correction's own and the others do not: then
// it is the answer again. Without that, ¶1 (the family, founded by Isaac Eckanan) came first.
describe('Scenario: a correction whose own words are the answer just shown (ARCD, the Rothschilds)', () => {
  const engine = engineFor('ar', 'arcd-011-aayla-rwtshyld');

  it('gives that answer again', () => {
    runScript(engine, [
      { ask: 'من أسس عائلة روتشيلد؟', first: '2.1' },
      { ask: 'لا، أقصد من نظم العائلة', first: '2.1', why: 'بتنظيم العائلة: ¶2.1 alone holds the word the correction turns to' },
    ]);
  });
});
