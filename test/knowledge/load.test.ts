import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const STORY = 'bbc-2025-02-12-trump-putin-call';
let dir = '';
const copy = () => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-knowledge-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
};
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});
const problem = (fn: () => unknown): KnowledgeError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof KnowledgeError) return e;
    throw e;
  }
  throw new Error('expected a KnowledgeError');
};

describe('loading knowledge', () => {
  it('loads the shipped knowledge: the story verbatim, its metadata and its English rendering', () => {
    const k = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const story = k.stories.find((s) => s.info.id === STORY);
    expect(story?.info.source).toBe('BBC');
    expect(story?.info.language).toBe('ar');
    expect(story?.sentences).toHaveLength(39);
    // Every sentence has a translation, and the source mark is not a sentence.
    expect(story?.translations.size).toBe(39);
    expect(k.lexicon.length).toBeGreaterThan(100);
  });

  it('reads a link to a story folder kept elsewhere as a story, and skips a broken link', () => {
    // A newsroom that keeps its stories on another disk links them in: they had been skipped, and a folder
    // of links alone failed with "no story folders found".
    dir = mkdtempSync(join(tmpdir(), 'sanad-knowledge-'));
    const stories = join(dir, 'stories');
    mkdirSync(stories);
    symlinkSync(join(DEFAULT_KNOWLEDGE_DIR, STORY), join(stories, STORY));
    symlinkSync(join(dir, 'gone'), join(stories, 'broken-link'));
    const k = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: stories });
    expect(k.stories.map((s) => s.info.id)).toEqual([STORY]);
  });

  it('names the file, line and problem of a malformed lexicon line', () => {
    const d = copy();
    writeFileSync(join(d, 'lexicon.jsonl'), '{"id":"a","kind":"person","en":["A"],"ar":["ا"]}\n{"id":"b","kind":"nope","en":["B"]}\n');
    const e = problem(() => loadKnowledge(d));
    expect(e.file).toBe(join(d, 'lexicon.jsonl'));
    expect(e.line).toBe(2);
    expect(e.message).toContain('"kind" must be one of');
  });

  it('loads the facets and names the line of a malformed one (knowledge/facets.jsonl)', () => {
    expect(loadKnowledge(DEFAULT_KNOWLEDGE_DIR).facets?.some((f) => f.id === 'spouse')).toBe(true);
    const d = copy();
    const ok = '{"id":"colour","label":{"en":"a colour","ar":"لون"},"ask":{"en":["colour"],"ar":["لون"]},"said":{"en":["red"],"ar":["أحمر"]}}';
    writeFileSync(join(d, 'facets.jsonl'), `// a comment\n${ok}\n{"id":"x","label":{"en":"x"},"ask":{"en":[],"ar":[]},"said":{"en":[],"ar":[]}}\n`);
    const e = problem(() => loadKnowledge(d));
    expect(e.file).toBe(join(d, 'facets.jsonl'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('"label" must be');
  });

  it('loads the capitals and names the line of a malformed one (knowledge/capitals.en.tsv)', () => {
    expect(loadKnowledge(DEFAULT_KNOWLEDGE_DIR).capitals?.get('washington')).toContain('america');
    const d = copy();
    writeFileSync(join(d, 'capitals.en.tsv'), '# a comment\nparis\tfrance french\nNew Delhi\tindia\n');
    const e = problem(() => loadKnowledge(d));
    expect(e.file).toBe(join(d, 'capitals.en.tsv'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('capital forms');
  });

  it('rejects JSON that does not parse, with its line', () => {
    const d = copy();
    writeFileSync(join(d, 'lexicon.jsonl'), '{"id":"a","kind":"person","en":["A"],"ar":["ا"]}\n{"id": "b",\n');
    expect(problem(() => loadKnowledge(d)).line).toBe(2);
  });

  it('rejects a duplicate id and a dangling "of" reference', () => {
    const d = copy();
    writeFileSync(join(d, 'lexicon.jsonl'), '{"id":"a","kind":"person","en":["A"],"ar":["ا"]}\n{"id":"a","kind":"person","en":["B"],"ar":["ب"]}\n');
    expect(problem(() => loadKnowledge(d)).message).toContain('duplicate id "a" (first on line 1)');
    writeFileSync(join(d, 'lexicon.jsonl'), '{"id":"a","kind":"person","en":["A"],"ar":["ا"],"of":["nowhere"]}\n');
    expect(problem(() => loadKnowledge(d)).message).toContain('"of" names "nowhere"');
  });

  it('rejects a translation for a label the story does not have', () => {
    const d = copy();
    writeFileSync(join(d, STORY, 'story.en.tsv'), '1\tOne.\n99\tNinety-nine.\n');
    const e = problem(() => loadKnowledge(d));
    expect(e.file).toContain('story.en.tsv');
    expect(e.line).toBe(2);
    expect(e.message).toContain('label "99" is not a sentence');
  });

  it('rejects bad metadata with the line of the field', () => {
    const d = copy();
    writeFileSync(
      join(d, STORY, 'story.json'),
      '{\n  "title": {"ar": "ع", "en": "E"},\n  "source": "BBC",\n  "language": "ar",\n  "published": "13 Feb",\n  "note": "n"\n}\n',
    );
    const e = problem(() => loadKnowledge(d));
    expect(e.line).toBe(5);
    expect(e.message).toContain('"published" must be a date');
    // A day no calendar has, though Date.parse takes it (as 2 March).
    writeFileSync(
      join(d, STORY, 'story.json'),
      '{\n  "title": {"ar": "ع", "en": "E"},\n  "source": "BBC",\n  "language": "ar",\n  "published": "2025-02-30",\n  "note": "n"\n}\n',
    );
    expect(problem(() => loadKnowledge(d)).message).toContain('"published" must be a date of the calendar, written like "2025-02-13"');
  });

  it('says what a story folder is missing', () => {
    const d = copy();
    rmSync(join(d, STORY, 'story.json'));
    expect(problem(() => loadKnowledge(d)).message).toContain('every story folder needs story.json');
  });

  it('answers from a story folder added without any code change', () => {
    const d = copy();
    const story = join(d, 'test-2025-03-01-weather');
    cpSync(join(d, STORY), story, { recursive: true });
    rmSync(join(story, 'story.en.tsv'));
    rmSync(join(story, 'synonyms.en.json'), { force: true });
    writeFileSync(
      join(story, 'story.txt'),
      'قالت هيئة الأرصاد إن عاصفة رملية ستضرب الساحل يوم السبت.\nوأغلقت البلدية المدارس احتياطا.\nوقال المحافظ سيرغي لافروف إن الطرق ستفتح صباح الأحد.',
    );
    writeFileSync(
      join(story, 'story.json'),
      JSON.stringify({ title: { ar: 'عاصفة', en: 'Storm' }, source: 'Test', language: 'ar', published: '2025-03-01', note: 'test' }),
    );
    const engine = loadEngine({ knowledgeDir: d });
    expect(engine.stories.map((s) => s.id)).toContain('test-2025-03-01-weather');
    const r = engine.ask('ماذا قالت هيئة الأرصاد عن العاصفة؟');
    expect(r.answers[0]?.story).toBe('test-2025-03-01-weather');
    expect(r.answers[0]?.ref).toBe('1');
    // A name in no lexicon, asked in Latin letters, is found by its consonant skeleton (l-f-r-f).
    const lavrov = engine.ask('What did Lavrov say?');
    expect(lavrov.answers[0]?.story).toBe('test-2025-03-01-weather');
    expect(lavrov.answers[0]?.ref).toBe('3');
  });
});

describe('dialogue words', () => {
  it('names the file and the list when a conversation word list is missing or malformed', () => {
    const d = copy();
    const file = join(d, 'dialogue.json');
    const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const key of ['corrections', 'objectPronouns', 'sourceQuestions', 'groupPronouns']) {
      writeFileSync(file, JSON.stringify({ ...words, [key]: { en: ['ok'], ar: [3] } }));
      const e = problem(() => loadKnowledge(d));
      expect(e.file).toBe(file);
      expect(e.message).toContain(`"${key}"`);
    }
  });

  it('names every missing list at once (a dialogue.json kept from an older version)', () => {
    const d = copy();
    const file = join(d, 'dialogue.json');
    const { presentWords: _a, countNouns: _b, shePronouns: _c, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(older));
    const e = problem(() => loadKnowledge(d));
    for (const key of ['presentWords', 'countNouns', 'shePronouns']) expect(e.message).toContain(`"${key}"`);
    expect(e.message).toContain('older version');
  });
});

describe('Scenario: an operator whose knowledge folder lost a shared data file', () => {
  it('starts, and names the file, what answers lose without it and how to get it back', () => {
    const d = copy();
    expect(loadEngine({ knowledgeDir: d }).startupProblems).toEqual([]);
    rmSync(join(d, 'dictionary', 'dictionary.tsv'));
    rmSync(join(d, 'name-cues.json'));
    // The bot, the terminal and add-story read what the folder lacks from the shipped knowledge/ folder
    // (sharedFrom): nothing is lost, and nothing to say.
    expect(loadEngine({ knowledgeDir: d }).startupProblems).toEqual([]);
    // Read alone (as the shipped folder itself is), the folder names what it lacks.
    expect(loadKnowledge(d).missing).toEqual([
      `${join(d, 'dictionary', 'dictionary.tsv')} is missing, so questions in one language no longer reach stories in the other; copy it back from the repository's knowledge/ folder or rebuild it with npm run build:dictionary`,
      `${join(d, 'name-cues.json')} is missing, so a story's names are found less well; copy it back from the repository's knowledge/ folder`,
    ]);
  });

  it('starts with a dictionary cut short, and names it and the command that rebuilds it', () => {
    const d = copy();
    const file = join(d, 'dictionary', 'dictionary.tsv');
    const whole = readFileSync(file);
    // An interrupted copy: the first third of the file, cut in the middle of a line (a byte on, when a
    // third falls at a line's end).
    let cut = Math.floor(whole.length / 3);
    while (whole[cut - 1] === 0x0a) cut++;
    writeFileSync(file, whole.subarray(0, cut));
    const engine = loadEngine({ knowledgeDir: d });
    const problems = engine.startupProblems ?? [];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\S*dictionary\.tsv was cut short \(\d+ English and 0 Arabic entries of the \d+ and \d+ its header counts, and its last line ends mid-entry\)/,
    );
    expect(problems[0]).toContain('rebuild it with npm run build:dictionary');
    // It still answers, in the story's own language.
    expect(engine.ask('ماذا قال بيسكوف عن كورسك؟').answers.map((a) => a.ref)).toContain('23');
  });

  it('names a lost capitals list too', () => {
    const d = copy();
    rmSync(join(d, 'capitals.en.tsv'));
    expect(loadKnowledge(d).missing).toEqual([
      `${join(d, 'capitals.en.tsv')} is missing, so a capital city no longer stands for its country's government (Washington for the United States); copy it back from the repository's knowledge/ folder`,
    ]);
  });
});

describe('Scenario: an operator drops in a story.txt saved by another tool', () => {
  it('reads one saved as UTF-16 with its mark, and refuses one in a legacy code page, naming the file and the fix', () => {
    const d = copy();
    const txt = join(d, STORY, 'story.txt');
    const text = readFileSync(txt, 'utf8');
    writeFileSync(txt, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const engine = loadEngine({ knowledgeDir: d });
    expect(engine.sentence(STORY, '23')?.text).toContain('بيسكوف');
    // Windows-1256 bytes of "وقال بيسكوف": replacement characters, were they read as UTF-8.
    writeFileSync(txt, Buffer.from([0xe6, 0xde, 0xc7, 0xe1, 0x20, 0xc8, 0xed, 0xd3, 0xdf, 0xe6, 0xdd, 0x2e, 0x0a]));
    const e = problem(() => loadKnowledge(d));
    expect(e.message).toBe(
      `${txt}: not UTF-8 text (nor UTF-16 with its mark); save it as UTF-8, or convert it: iconv -f WINDOWS-1256 -t UTF-8 for an Arabic code page, WINDOWS-1252 for a Western one`,
    );
  });
});
