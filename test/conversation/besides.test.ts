/**
 * A person set apart ("who said it besides Trump?", "ومن قال ذلك غير ترامب؟") is who the answer is not
 * about: not a name to look for, and "besides" used so is not "else" (the answer shown may name the
 * other speaker too: ¶4, "Trump and his defence secretary said …").
 */
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { exceptedOf } from '../../src/conversation/followup.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { runScript } from './script.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const w = foldConversationWords(index);
const engine = loadEngine();
const apart = (text: string) =>
  exceptedOf(
    index,
    parseQuery(index, text, SEARCH_DEFAULTS),
    index.analyzer.analyze(text).map((t) => t.norm),
    w,
  )?.units.map((u) => u.key);

describe('a person set apart', () => {
  it('is the name right after "besides" / غير, not a pointer after it', () => {
    expect(apart('who said it besides Trump?')).toEqual(['c:trump']);
    expect(apart('ومن قال ذلك غير ترامب؟')).toEqual(['c:trump']);
    expect(apart('what did he say besides that?')).toBeUndefined();
  });

  it('"who said it besides X?" is the sentence naming who said the answer shown, when it names another', () => {
    runScript(engine, [
      { ask: 'Can ukraine join NATO?', first: '4' },
      { ask: 'how would kyiv feel about that?', first: ['4', '14'], why: '¶4, a bitter disappointment to Kyiv; or ¶14, the mood in Kyiv' },
      { ask: 'who said it besides trump?', first: '4', why: 'Trump and his defence secretary said it' },
    ]);
  });

  it('is not whom the next "he" stands for', () => {
    runScript(engine, [
      { ask: 'Can ukraine join NATO?', first: '4' },
      { ask: 'who said it besides trump?', first: '4' },
      { ask: 'where did he say that', first: '11', why: 'he is the defence secretary, Hegseth, who told the NATO summit' },
    ]);
    runScript(engine, [
      { ask: 'هل ستنضم أوكرانيا إلى الناتو؟', first: '4' },
      { ask: 'ومن قال ذلك غير ترامب؟', first: '4' },
    ]);
  });

  it('is not looked for in a question of its own', () => {
    runScript(engine, [
      { ask: 'Can ukraine join NATO?', first: '4' },
      { ask: 'who talked about nato besides trump?', first: ['4', '11'], why: 'NATO is asked about; Trump is not' },
    ]);
  });
});
