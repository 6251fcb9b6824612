import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../src/knowledge/lexicon.js';
import { ConceptMatcher } from '../../src/search/concepts.js';
import { createAnalyzer } from '../../src/text/analyzer.js';

const analyzer = createAnalyzer({ stopwords: { en: ['the', 'of', 'after', 'it'], ar: ['في', 'من'] }, protectedArabic: [] });

function entry(id: string, kind: LexiconEntry['kind'], en: string[], ar: string[] = [], roles: string[] = []): LexiconEntry {
  return { id, kind, en, ar, roles: { en: roles, ar: [] }, of: [], file: 'test', line: 0 };
}

const lexicon = [
  entry('trump', 'person', ['Trump', 'Donald Trump', 'President Trump'], ['ترامب'], ['the US president']),
  entry('call', 'action', ['call', 'phone call', 'after the call']),
  entry('kremlin', 'org', ['Kremlin', 'the Kremlin', 'Kremlin palace']),
];
// Names as start-up finds them in stories: one shares its first word with lexicon forms.
const names = [entry('auto-trmpjr', 'person', ['Trump Junior']), entry('auto-sfrk', 'place', ['Sorvik'], ['سورفيك'])];

const hitsOf = (m: ConceptMatcher, text: string) =>
  m.find(analyzer.analyze(text).filter((t) => !t.stop && t.key !== '')).map((h) => `${h.id}@${h.first}-${h.last}${h.role ? ' role' : ''}`);

const TEXTS = [
  'Donald Trump spoke to the Kremlin after the call',
  'Trump Junior went to Sorvik',
  'President Trump and Trump Junior',
  'the US president made a phone call from سورفيك',
  'ترامب في سورفيك',
];

describe('ConceptMatcher', () => {
  // Start-up builds the lexicon's matcher for name finding, then adds the names found to that same
  // matcher instead of building a second one from both: the two must find exactly the same concepts.
  it('finds the same concepts when names are added to a lexicon matcher as when built from both at once', () => {
    const together = new ConceptMatcher([...lexicon, ...names], analyzer);
    const added = new ConceptMatcher(lexicon, analyzer);
    added.add(names);
    for (const text of TEXTS) expect(hitsOf(added, text), text).toEqual(hitsOf(together, text));
    expect([...added.kinds]).toEqual([...together.kinds]);
    expect([...added.formKeys].sort()).toEqual([...together.formKeys].sort());
  });

  it('reports a concept once per position, by its longest form, however often its forms are added', () => {
    const m = new ConceptMatcher(lexicon, analyzer);
    m.add(lexicon);
    expect(hitsOf(m, 'Donald Trump made a phone call')).toEqual(['trump@0-1', 'trump@1-1', 'call@4-5', 'call@5-5']);
    // Both of the Kremlin's forms start at "Kremlin": the longer one is the hit.
    expect(hitsOf(m, 'the Kremlin palace said')).toEqual(['kremlin@0-1']);
  });
});
