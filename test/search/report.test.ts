import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';
import { storyReport } from '../../src/search/report.js';

// What add-story prints for a story a newsroom added (test/eval/user-dev): the editor checks its numbers
// and the words no question in the other language can reach.
const storiesDir = fileURLToPath(new URL('../eval/user-dev/stories', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const index = buildIndex(knowledge);
const reportOf = (id: string) =>
  storyReport(
    index,
    knowledge.stories.findIndex((s) => s.info.id === id),
    0,
  );

describe("add-story's report", () => {
  it('lists a number written as a word among the numbers, not among the words not bridged', () => {
    // "at least eighteen months", "every twelve minutes": a question's 18 or ١٨ meets them.
    const r = reportOf('2026-11-24-marlow-bay-council-approves-harbour-to');
    expect(r.numbers).toEqual(expect.arrayContaining(['eighteen', 'twelve']));
    expect(r.unbridged).not.toContain('eighteen');
    expect(r.unbridged).not.toContain('twelve');
    // A word with no Arabic bridge is still listed.
    expect(r.unbridged).toContain('railway');
  });

  it('does the same for an Arabic number word', () => {
    // "أربعين يوما" (forty days) in the olive harvest story.
    expect(reportOf('2026-11-23-story').numbers).toContain('أربعين');
  });
});
