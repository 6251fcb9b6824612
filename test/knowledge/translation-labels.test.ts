import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { machineRenderingHeader, storyFromFiles, translationKindOf } from '../../src/knowledge/story.js';

const SEED = 'bbc-2025-02-12-trump-putin-call';
const TEXT = 'قال الرئيس إن المحادثات ستبدأ.\nوأضاف أن اللقاء سيكون في الرياض.\n';
const meta = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: { ar: 'ع', en: 'E' }, source: 'Test', language: 'ar', published: '2025-03-01', note: 'n', ...extra }, null, 2);
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('what a story says about translation', () => {
  it('the seed story: its Arabic text is a machine translation, its English rendering the project’s own', () => {
    const seed = loadKnowledge(DEFAULT_KNOWLEDGE_DIR).stories.find((s) => s.info.id === SEED);
    expect(seed?.info.machineTranslated).toBe(true);
    expect(seed?.info.translation).toBe('project');
  });

  it('a story that does not say is not a machine translation, and without story.en.tsv has no rendering kind', () => {
    const story = storyFromFiles('plain', { 'story.txt': TEXT, 'story.json': meta() }, '(test)');
    expect(story.info.machineTranslated).toBeUndefined();
    expect(story.info.translation).toBeUndefined();
    expect(storyFromFiles('plain', { 'story.txt': TEXT, 'story.json': meta({ machineTranslated: false }) }, '(test)').info.machineTranslated).toBeUndefined();
  });

  it('refuses a "machineTranslated" that is not true or false, naming its line', () => {
    let error: unknown;
    try {
      storyFromFiles('bad', { 'story.txt': TEXT, 'story.json': meta({ machineTranslated: 'yes' }) }, '/k/bad');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).line).toBe(10);
    expect((error as KnowledgeError).message).toContain('"machineTranslated" must be true or false');
  });

  it('a rendering whose first line is the machine header is a machine translation; any other is the project’s', () => {
    const machine = `${machineRenderingHeader('tr.example.org', '2026-11-29')}\n1\tThe president said talks would begin.\n`;
    expect(machine.startsWith('# machine translation: tr.example.org, 2026-11-29\n')).toBe(true);
    expect(translationKindOf(machine)).toBe('machine');
    expect(translationKindOf('1\tThe president said talks would begin.\n')).toBe('project');
    // A comment further down does not turn the project's rendering into a machine one.
    expect(translationKindOf('# checked by hand\n1\tOne.\n# machine translation: x\n')).toBe('project');
    const story = storyFromFiles('m', { 'story.txt': TEXT, 'story.json': meta(), 'story.en.tsv': machine }, '(test)');
    expect(story.info.translation).toBe('machine');
    expect(story.translations.get('1')).toBe('The president said talks would begin.');
  });

  it('without hand-made data, a machine rendering stays (add-story made it) and the project’s goes', () => {
    dir = mkdtempSync(join(tmpdir(), 'sanad-labels-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const other = join(dir, 'test-2025-03-01-talks');
    cpSync(join(dir, SEED), other, { recursive: true });
    rmSync(join(other, 'synonyms.en.json'), { force: true });
    writeFileSync(join(other, 'story.txt'), TEXT);
    writeFileSync(join(other, 'story.json'), meta());
    writeFileSync(join(other, 'story.en.tsv'), `${machineRenderingHeader('tr.example.org', '2026-11-29')}\n1\tThe president said talks would begin.\n`);
    const stories = loadKnowledge(dir, { handMade: false }).stories;
    const machine = stories.find((s) => s.info.id === 'test-2025-03-01-talks');
    expect(machine?.info.translation).toBe('machine');
    expect(machine?.translations.size).toBe(1);
    const seed = stories.find((s) => s.info.id === SEED);
    expect(seed?.info.translation).toBeUndefined();
    expect(seed?.translations.size).toBe(0);
  });
});
