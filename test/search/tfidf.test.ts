import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';
import { idf } from '../../src/search/query.js';

// The engine scores over its own inverted index (natural's TfIdf scans every document per query),
// with natural's idf formula. This checks the two agree on the real story.
const require = createRequire(import.meta.url);
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => { addDocument(d: string[]): void; idf(t: string): number };

describe('TF-IDF', () => {
  it("gives the same idf as natural's TfIdf for every key of the story", () => {
    const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
    const tfidf = new TfIdf();
    const docs: string[][] = index.sentences.map(() => []);
    for (const [key, list] of index.postings) for (const gid of list) docs[gid]?.push(key);
    for (const d of docs) tfidf.addDocument(d);
    for (const key of ['c:peskov', 'c:kursk', 'en:peskov', 'n:2014', 'c:say']) {
      expect(idf(index, key)).toBeCloseTo(tfidf.idf(key), 10);
    }
  });
});
