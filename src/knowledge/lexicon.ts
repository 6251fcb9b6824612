/**
 * The lexicon: concepts (people, places, organisations, topics, actions) with their English and
 * Arabic forms. It is data (knowledge/lexicon.jsonl, plus optional per-story additions), one JSON object
 * a line, validated here with the file and line of any mistake.
 */
import { KnowledgeError } from './errors.js';

/** The kinds of concept, in the order they matter to a question. */
export const CONCEPT_KINDS = ['person', 'place', 'org', 'topic', 'action'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/** One concept of the lexicon. */
export interface LexiconEntry {
  readonly id: string;
  readonly kind: ConceptKind;
  /** English forms: names, spelling variants, words for the topic. */
  readonly en: readonly string[];
  /** Arabic forms: spellings, synonyms, the words the story uses. */
  readonly ar: readonly string[];
  /**
   * Descriptions of a person by role ("the defence secretary", "المتحدث باسم الكرملين"): they name
   * the concept in a question as surely as the name does, but a sentence that only describes someone
   * by role is weaker evidence that it is about them than one that names them.
   */
  readonly roles: { readonly en: readonly string[]; readonly ar: readonly string[] };
  /**
   * Ids of the organisations or countries a person speaks for (Peskov → kremlin, russia): a sentence
   * about the person is, more weakly, about them ("how did the Kremlin react?").
   */
  readonly of: readonly string[];
  /**
   * The ids of the stories the entry was written for: only their questions and sentences read it (a
   * story folder's own lexicon.jsonl serves that story; an entry of the shared knowledge/lexicon.jsonl
   * serves the stories its "stories" field names). Absent: every story (a shared entry without the field).
   */
  readonly stories?: readonly string[];
  /** Where the entry was defined, for error messages. */
  readonly file: string;
  readonly line: number;
}

/**
 * A concept's id: lowercase letters, digits, hyphens and underscores. The underscore is for ids the name
 * finder writes into vocabulary.jsonl: an Arabic name told apart from another story's of the same
 * consonant skeleton (`auto-ks_…`, src/search/index.ts spellingTag).
 */
const ID = /^[a-z0-9][a-z0-9_-]*$/;
const KEYS = new Set(['id', 'kind', 'en', 'ar', 'roles', 'of', 'stories', 'note']);

/**
 * Parses a lexicon file (JSON Lines). Blank lines and lines starting with // are skipped.
 * @throws KnowledgeError naming the file and line of the first problem
 */
export function parseLexicon(text: string, file: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const src = raw.trim();
    if (src === '' || src.startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(src);
    } catch (e) {
      throw new KnowledgeError(file, line, `not valid JSON (${(e as Error).message}); each line must be one object`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new KnowledgeError(file, line, 'expected an object like {"id":"peskov","kind":"person","en":[…],"ar":[…]}');
    }
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (!KEYS.has(k)) throw new KnowledgeError(file, line, `unknown field "${k}" (allowed: ${[...KEYS].join(', ')})`);
    }
    if (typeof o.id !== 'string' || !ID.test(o.id)) {
      throw new KnowledgeError(file, line, '"id" must be lowercase letters, digits, hyphens and underscores, e.g. "peskov"');
    }
    const before = seen.get(o.id);
    if (before !== undefined) throw new KnowledgeError(file, line, `duplicate id "${o.id}" (first on line ${before})`);
    seen.set(o.id, line);
    if (typeof o.kind !== 'string' || !(CONCEPT_KINDS as readonly string[]).includes(o.kind)) {
      throw new KnowledgeError(file, line, `"kind" must be one of ${CONCEPT_KINDS.join(', ')}`);
    }
    const en = formList(o.en, 'en', file, line);
    const ar = formList(o.ar, 'ar', file, line);
    if (en.length + ar.length === 0) throw new KnowledgeError(file, line, 'an entry needs at least one form');
    const r = o.roles;
    if (r !== undefined && (typeof r !== 'object' || r === null || Array.isArray(r))) {
      throw new KnowledgeError(file, line, '"roles" must be {"en": [...], "ar": [...]}');
    }
    const rr = (r ?? {}) as Record<string, unknown>;
    const roles = { en: formList(rr.en, 'roles.en', file, line), ar: formList(rr.ar, 'roles.ar', file, line) };
    if (o.of !== undefined && (!Array.isArray(o.of) || o.of.some((x) => typeof x !== 'string' || !ID.test(x)))) {
      throw new KnowledgeError(file, line, '"of" must be an array of entry ids, e.g. ["kremlin", "russia"]');
    }
    if (o.stories !== undefined && (!Array.isArray(o.stories) || o.stories.length === 0 || o.stories.some((x) => typeof x !== 'string' || x.trim() === ''))) {
      throw new KnowledgeError(file, line, '"stories" must be a non-empty array of story ids (folder names), e.g. ["2025-02-12-trump-putin-call"]');
    }
    const stories = o.stories === undefined ? {} : { stories: (o.stories as string[]).map((x) => x.trim()) };
    entries.push({ id: o.id, kind: o.kind as ConceptKind, en, ar, roles, of: (o.of as string[] | undefined) ?? [], ...stories, file, line });
  });
  return entries;
}

function formList(v: unknown, field: string, file: string, line: number): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new KnowledgeError(file, line, `"${field}" must be an array of non-empty strings`);
  }
  return v.map((s: string) => s.trim());
}

/**
 * Merges lexicons: later entries with an id already present add their forms to it (a story's lexicon
 * extends the shared one); a kind that disagrees is an error. The merged entry serves the stories of
 * both (every story when either serves every story).
 */
export function mergeLexicons(lists: readonly LexiconEntry[][]): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  for (const list of lists) {
    for (const e of list) {
      const prev = byId.get(e.id);
      if (!prev) {
        byId.set(e.id, e);
        continue;
      }
      if (prev.kind !== e.kind) {
        throw new KnowledgeError(e.file, e.line, `"${e.id}" is a ${prev.kind} in ${prev.file}:${prev.line}, not a ${e.kind}`);
      }
      const { stories: _, ...rest } = prev;
      byId.set(e.id, {
        ...rest,
        en: [...new Set([...prev.en, ...e.en])],
        ar: [...new Set([...prev.ar, ...e.ar])],
        roles: { en: [...new Set([...prev.roles.en, ...e.roles.en])], ar: [...new Set([...prev.roles.ar, ...e.roles.ar])] },
        of: [...new Set([...prev.of, ...e.of])],
        ...(prev.stories === undefined || e.stories === undefined ? {} : { stories: [...new Set([...prev.stories, ...e.stories])] }),
      });
    }
  }
  return [...byId.values()];
}

/**
 * Checks references between entries ("of" must name existing entries).
 * @throws KnowledgeError at the referring entry
 */
export function checkReferences(entries: readonly LexiconEntry[]): void {
  const ids = new Set(entries.map((e) => e.id));
  for (const e of entries) {
    for (const x of e.of) if (!ids.has(x)) throw new KnowledgeError(e.file, e.line, `"of" names "${x}", which no lexicon entry has as its id`);
  }
}
