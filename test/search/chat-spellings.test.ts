/**
 * Chat spellings in English questions ("wat", "abt", "ppl", "didnt": knowledge/chat-spellings.en.tsv)
 * are read as the standard words they stand for (src/search/query.ts, withStandardSpellings). They had
 * been words the story lacks, so "wat did trump say abt nato" was refused: "The story does not mention
 * wat, abt".
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { withStandardSpellings } from '../../src/search/query.js';
import { sharedKnowledgeCopy } from '../support/stories.js';

const engine = loadEngine();
const spellings = new Map([
  ['wat', 'what'],
  ['abt', 'about'],
  ['r', 'are'],
  ['u', 'you'],
  ['didnt', 'did not'],
]);

describe('chat spellings', () => {
  it('are replaced as whole words, in any case, single letters only in lower case', () => {
    expect(withStandardSpellings('Wat did trump say abt NATO', spellings)).toBe('what did trump say about NATO');
    expect(withStandardSpellings('who r u', spellings)).toBe('who are you');
    expect(withStandardSpellings('why didnt he', spellings)).toBe('why did not he');
    // Not inside words, names or abbreviations.
    expect(withStandardSpellings('watch R&B in the U.S. or the u.s. Ruth', spellings)).toBe('watch R&B in the U.S. or the u.s. Ruth');
    expect(withStandardSpellings('كم عدد', spellings)).toBe('كم عدد');
  });

  it('leave a capitalised word inside a question as typed: a name or an abbreviation', () => {
    const more = new Map([...spellings, ['bc', 'because'], ['hr', 'hour'], ['wen', 'when']]);
    expect(withStandardSpellings('what happened in 500 BC', more)).toBe('what happened in 500 BC');
    expect(withStandardSpellings('what did Wen say abt HR', more)).toBe('what did Wen say about HR');
    expect(withStandardSpellings('Wen did he go, bc wat', more)).toBe('when did he go, because what');
    // The shipped list holds no standard English word ("bout", a boxing match, was one).
    expect(loadKnowledge(DEFAULT_KNOWLEDGE_DIR).chatSpellings.has('bout')).toBe(false);
  });

  it('let a chat-typed question get the answer its standard spelling gets', () => {
    const chat = engine.ask('wat did trump say abt nato');
    expect(chat.abstained).toBe(false);
    expect(chat.unknown).toEqual([]);
    expect(chat.answers[0]?.label).toBe(engine.ask('what did trump say about nato').answers[0]?.label);
    expect(engine.ask('whr will trump and putin meet').answers[0]?.label).toBe('7');
  });

  it('fail start-up with the line of a malformed entry', () => {
    const dir = sharedKnowledgeCopy('sanad-chat-spellings-');
    try {
      writeFileSync(join(dir, 'chat-spellings.en.tsv'), '# comment\nwat\twhat\nabt about\n');
      expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
      expect(() => loadKnowledge(dir)).toThrow(/chat-spellings\.en\.tsv.*3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
