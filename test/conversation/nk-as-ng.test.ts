/**
 * "من هو جنكيز خان؟" asked of an English story: Arabic has no g and writes the ng of *Genghis* with نك, so
 * جنكيز's consonant skeleton (jnks, gnks with ج read as g) is one consonant from *Genghis*'s (gngs) and
 * the two-word name *Genghis Khan* went unmatched: *Khan* alone made Kublai Khan the answer, and the
 * follow-ups went on from him and from the Wanli Emperor. With an n before k read as ng
 * (SearchOptions.nkAsNg), the question names Genghis Khan, "who succeeded him?" Ögedei Khan, and "what
 * did he do?" is Ögedei's invasion of Tibet.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ngSkeleton } from '../../src/text/transliterate.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/en', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'squad-021-sino-tibetan-relations-during-the-ming-d-1';

describe('an n before k spells English ng', () => {
  it('جنكيز خان is Genghis Khan, and the follow-ups go on from him', () => {
    const results = runScript(
      createEngine({ knowledge }),
      [
        { ask: 'من هو جنكيز خان؟', first: '6.1', why: 'In 1207, the Mongol ruler Genghis Khan …' },
        { ask: 'ومن خلفه؟', first: '6.4', why: 'his successor Ögedei Khan' },
        { ask: 'وماذا فعل؟', first: '6.4', why: 'Ögedei launched an invasion into Tibet' },
      ],
      undefined,
      story,
    );
    expect(results[0]?.state.focus.map((f) => f.key)).toContain('c:auto-gngskn-genghiskhan');
  });

  it('without the rule, Khan alone names Kublai Khan', () => {
    runScript(createEngine({ knowledge, options: { nkAsNg: 0 } }), [{ ask: 'من هو جنكيز خان؟', first: '2.4' }], undefined, story);
  });

  it('reads nk as ng in an Arabic skeleton and ng as nk in a Latin one', () => {
    expect(ngSkeleton('gnks', 'ar')).toBe('gngs');
    expect(ngSkeleton('gngs', 'latin')).toBe('gnks');
    expect(ngSkeleton('btn', 'ar')).toBeUndefined();
  });
});
