import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "ما هو مسقط رأس سمير غانم؟": مسقط رأس ("the place the head fell", birthplace) asks where someone was
// born, as أين ولد does. Read word by word, مسقط and رأس were words the answer had to hold, and the
// sentence that gives the birthplace ("ولد … في …") covered less of the question than the bar.
describe('مسقط رأس: a place asked', () => {
  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-actor': {
      lines: [
        'ولد الممثل كريم زهران في قرية الوادي من محافظة الشمال عام 1950.',
        'انضم بعد الثانوية إلى فرقة مسرحية صغيرة.',
        'وقدم أكثر من مئة عمل بين المسرح والتلفزيون.',
        'وتوفي بعد مرض طويل.',
      ],
      language: 'ar',
    },
  });

  it('reads مسقط رأس as asking for a place', () => {
    const q = parseQuery(buildIndex(knowledge), 'ما هو مسقط رأس كريم زهران؟', SEARCH_DEFAULTS);
    expect(q.answerTypes).toContain('place');
    expect(q.units.map((u) => u.label)).not.toContain('مسقط');
  });

  it('answers from the sentence that gives the birthplace', () => {
    const r = createEngine({ knowledge }).ask('ما هو مسقط رأس كريم زهران؟', undefined, { story: 'ar-actor' });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('قرية الوادي');
  });
});
