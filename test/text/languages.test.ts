import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { line, MARK } from '../../src/answer/telegram.js';
import { decodePress, encodePress } from '../../src/bot/callback-data.js';
import { langOfCode } from '../../src/bot/i18n.js';
import { coerceState } from '../../src/conversation/state.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { detectLanguage } from '../../src/knowledge/draft.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createAnalyzer, WORD_ANALYSERS } from '../../src/text/analyzer.js';
import { hasLettersOf, isLanguage, LANGUAGE_CODES, LANGUAGES, languageOfScript } from '../../src/text/languages.js';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the language registry', () => {
  it('lists each language once, with a script that leads back to it and a word analyser', () => {
    expect(LANGUAGE_CODES).toEqual(Object.keys(LANGUAGES));
    for (const code of LANGUAGE_CODES) {
      expect(languageOfScript(LANGUAGES[code].script)).toBe(code);
      expect(typeof WORD_ANALYSERS[code]).toBe('function');
    }
    // Digits and other scripts belong to no language.
    expect(languageOfScript('digit')).toBeUndefined();
  });

  it('has the data files every language needs: stop words and the UI words', () => {
    for (const code of LANGUAGE_CODES) {
      expect(existsSync(join(DEFAULT_KNOWLEDGE_DIR, `stopwords.${code}.txt`)), code).toBe(true);
      expect(existsSync(join(ROOT, 'prompts', `${code}.json`)), code).toBe(true);
    }
  });

  it('tells codes from anything else', () => {
    for (const code of LANGUAGE_CODES) expect(isLanguage(code)).toBe(true);
    for (const other of ['fr', 'EN', '', 'toString', 'constructor', undefined, 3]) expect(isLanguage(other)).toBe(false);
    // Front ends and stored state read codes through it.
    expect(langOfCode('ar-EG')).toBe('ar');
    expect(langOfCode('fr')).toBeUndefined();
    expect(coerceState({ v: 1, focus: [], results: [], shown: 0, at: 1, lang: 'ar' }, 2).lang).toBe('ar');
    expect(coerceState({ v: 1, focus: [], results: [], shown: 0, at: 1, lang: 'fr' }, 2).lang).toBeUndefined();
  });

  it("decides a text's language by the majority of its letters", () => {
    expect(detectLanguage('قال الكرملين إن Putin and Trump spoke')).toBe('en');
    expect(detectLanguage('قال المتحدث باسم الكرملين ديمتري بيسكوف إن NATO')).toBe('ar');
    // Nothing to count: the fallback language.
    expect(detectLanguage('2025')).toBe('en');
    expect(hasLettersOf('Peskov', 'en')).toBe(true);
    expect(hasLettersOf('بيسكوف', 'en')).toBe(false);
  });

  it("gives each language's direction to the UI's lines", () => {
    expect(line('ar', 'x').startsWith(MARK.RLM)).toBe(true);
    expect(line('en', 'x').startsWith(MARK.LRM)).toBe(true);
  });

  it('makes a button for every language that decodes to it', () => {
    for (const code of LANGUAGE_CODES) {
      expect(decodePress(encodePress({ kind: 'lang', lang: code }))).toEqual({ kind: 'lang', lang: code });
      expect(decodePress(encodePress({ kind: 'draft', flow: 1, action: `lang-${code}` }))).toEqual({ kind: 'draft', flow: 1, action: `lang-${code}` });
    }
    expect(decodePress('l:fr')).toBeUndefined();
  });

  it("reads each script's words with its language's analyser", () => {
    const analyzer = createAnalyzer({ stopwords: { en: ['the'], ar: ['في'] }, protectedArabic: [] });
    const [the, elections, fi, kursk] = analyzer.analyze('the elections في كورسك');
    expect(elections?.key).toBe('en:elect');
    expect(the?.stop).toBe(true);
    expect(fi?.stop).toBe(true);
    expect(kursk?.key).toBe('ar:كورسك');
  });
});

describe('knowledge word lists follow the registry', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('refuses a list that lacks a language, naming every key it must have', () => {
    dir = mkdtempSync(join(tmpdir(), 'sanad-languages-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const file = join(dir, 'dialogue.json');
    const dialogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string[]>>;
    delete dialogue.more?.ar;
    writeFileSync(file, JSON.stringify(dialogue));
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toContain('"more" must be {"en": [strings], "ar": [strings]}');
  });
});
