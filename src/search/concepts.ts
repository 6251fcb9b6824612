/**
 * Finding lexicon concepts in analyzed text. A concept's forms become key sequences (stop words
 * dropped) and are matched against the key sequence of a text's content words, longest form first.
 */
import type { ConceptKind, LexiconEntry } from '../knowledge/lexicon.js';
import type { Analyzer, Token } from '../text/analyzer.js';
import { AUTO_PREFIX, skeletonOfLatinId } from './names.js';

/** A concept found in a text, with the tokens it covers. */
export interface ConceptHit {
  readonly id: string;
  readonly kind: ConceptKind;
  /** Found through a role description rather than a name. */
  readonly role: boolean;
  /** Indexes into the content-token list given to `find`. */
  readonly first: number;
  readonly last: number;
}

interface Form {
  readonly id: string;
  readonly kind: ConceptKind;
  readonly role: boolean;
  readonly keys: readonly string[];
  /**
   * A one-word form written in capitals ("US", "NATO"), in lower case: another lower-case word with its
   * stem ("used") is not it, while the acronym typed in lower case ("nato") still is.
   */
  readonly acronym: string | undefined;
  /** A name found in a story's Latin letters (names.ts), not written in a lexicon. */
  readonly found: boolean;
  /** The stories the concept serves (LexiconEntry.stories); undefined: every story. */
  readonly scope: Scope | undefined;
}

/**
 * The stories a lexicon concept was written for, shared by its forms: a story added later whose
 * lexicon names the concept joins it in place (or makes it serve every story, `all`).
 */
interface Scope {
  all: boolean;
  readonly stories: Set<string>;
}

/** Whether a form's concept serves a story (any, when none is given). */
function serves(f: Form, story: string | undefined): boolean {
  return story === undefined || f.scope === undefined || f.scope.all || f.scope.stories.has(story);
}

/** Whether a lower-case Latin word only shares an acronym's stem ("used" for US) without being it ("nato"). */
function notTheAcronym(f: Form, t: Token): boolean {
  return f.acronym !== undefined && t.script === 'latin' && /^\p{Ll}/u.test(t.surface) && t.norm !== f.acronym;
}

/**
 * Whether tokens[from, from + n) are all Latin words in lower case that the stories also write in lower
 * case: there a name found in Latin letters is the ordinary word ("portable media players" does not
 * name Tantalus Media, found in another story). A name typed in lower case in a question still is
 * one ("who is tantalus media?"), unless the stories use its word as an ordinary one.
 */
function lowerCaseWord(tokens: readonly Token[], from: number, n: number, lowerCase: ReadonlySet<string>, lowerKeys: ReadonlySet<string>): boolean {
  for (let i = from; i < from + n; i++) {
    const t = tokens[i] as Token;
    if (t.script !== 'latin' || !(lowerCase.has(t.norm) || lowerKeys.has(t.key)) || t.surface.toLowerCase() !== t.surface) return false;
  }
  return true;
}

/**
 * Whether a form is of a name found in a story's Latin letters: its id carries a Latin skeleton, or (a
 * name whose letters make a skeleton too short for one: *Show*) it is a found name written in Latin letters.
 */
function foundInLatin(e: LexiconEntry, form: string): boolean {
  return skeletonOfLatinId(e.id) !== '' || (e.id.startsWith(AUTO_PREFIX) && /^[\p{Script=Latin}\s'’.-]+$/u.test(form));
}

/** Matches lexicon forms in token sequences. */
export class ConceptMatcher {
  private readonly byFirst = new Map<string, Form[]>();
  /**
   * Each concept's kind across stories: a lexicon entry's, or for a name found in stories the kind
   * most of them found it as (a tie: person, then place, then org). A story that found it as another kind keeps
   * its own (storyKinds).
   */
  readonly kinds = new Map<string, ConceptKind>();
  /**
   * A found name's kind in a story that found it as another kind than `kinds` says, by story id then
   * concept id: "Japanese" is a person in one story (a man's name) and a people in another, and the one
   * must not become the other's speaker.
   */
  private readonly storyKinds = new Map<string, Map<string, ConceptKind>>();
  /** Concepts some story takes for another kind than `kinds` says, with every such kind. */
  private readonly otherKinds = new Map<string, Set<ConceptKind>>();
  /** Every key that appears in some form (so the vocabulary knows them). */
  readonly formKeys = new Set<string>();
  /** Latin words (folded) that the indexed sentences write in lower case, filled by the index (see lowerCaseWord). */
  readonly lowerCase = new Set<string>();
  /**
   * The keys of those words: a word the stories write in lower case in any of its forms ("shows",
   * "showed") is an ordinary word where a question or a sentence writes it in lower case ("sales show
   * improvement"), though a story found it as a name ("the Mrs. Carter Show").
   */
  readonly lowerKeys = new Set<string>();

  /** The stories each concept written for some stories only serves (LexiconEntry.stories). */
  private readonly scopes = new Map<string, Scope>();

  /** Found names of several words by their last key (a surname: `en:baker` → *Josephine Baker*), and found one-word names' keys by id. */
  private readonly lastKeys = new Map<string, Set<string>>();
  private readonly oneKeys = new Map<string, string[]>();

  /** Concept ids by the keys of their forms that lost no stop word. */
  private readonly whole = new Map<string, Set<string>>();

  /**
   * Each form already listed, as its concept id and keys: a set, not a scan of its first key's list
   * (which grew quadratic with the lexicon's 3,700 forms, many opening on the same word: about 30 ms
   * of every start-up).
   */
  private readonly listed = new Set<string>();

  constructor(
    lexicon: readonly LexiconEntry[],
    private readonly analyzer: Analyzer,
  ) {
    this.add(lexicon);
  }

  /**
   * Records the kinds a story found its names as, where they differ from the concept's kind (a
   * hand-written lexicon entry's kind holds everywhere: no found name overrides it).
   */
  setStoryKinds(story: string, kinds: ReadonlyMap<string, ConceptKind>): void {
    let own = this.storyKinds.get(story);
    for (const [id, kind] of kinds) {
      if (this.kinds.get(id) === kind || !id.startsWith(AUTO_PREFIX)) continue;
      if (own === undefined) {
        own = new Map();
        this.storyKinds.set(story, own);
      }
      own.set(id, kind);
      const other = this.otherKinds.get(id);
      if (other === undefined) this.otherKinds.set(id, new Set([kind]));
      else other.add(kind);
    }
  }

  /** A concept's kind in a story (its own kind there, else the concept's). */
  kindIn(id: string, story: string | undefined): ConceptKind | undefined {
    return (story === undefined ? undefined : this.storyKinds.get(story)?.get(id)) ?? this.kinds.get(id);
  }

  /**
   * Whether a concept serves a story: a lexicon entry written for some stories only (a story folder's
   * own lexicon.jsonl, the shared lexicon's "stories") is another story's plain words.
   */
  servesStory(id: string, story: string): boolean {
    const scope = this.scopes.get(id);
    return scope === undefined || scope.all || scope.stories.has(story);
  }

  /** Whether some story takes a concept for a kind (its own, or the concept's). */
  someStoryKind(id: string, kind: ConceptKind): boolean {
    return this.kinds.get(id) === kind || this.otherKinds.get(id)?.has(kind) === true;
  }

  /** The concepts some story takes for another kind than the concept's (for the answer types, which mark sentences by kind). */
  storyKindIds(): ReadonlySet<string> {
    return new Set(this.otherKinds.keys());
  }

  /** Adds concepts (a story's names, added at run time); forms of a known id add to it. */
  add(lexicon: readonly LexiconEntry[]): void {
    const analyzer = this.analyzer;
    const whole = this.whole;
    const forms: Array<{ e: LexiconEntry; form: string; keys: string[]; joined: string; reduced: boolean; role: boolean }> = [];
    const touched = new Set<Form[]>();
    // Plain loops, each form's keys joined once, its words as the analyzer's shared tokens (only their
    // keys are read, not their offsets): this runs over every form of the lexicon and of the names
    // found at every start.
    const read = (e: LexiconEntry, list: readonly string[], role: boolean) => {
      for (const form of list) {
        const tokens = analyzer.analyzeWords(form);
        const keys: string[] = [];
        let keyed = 0;
        for (const t of tokens) {
          if (t.key === '') continue;
          keyed++;
          if (!t.stop) keys.push(t.key);
        }
        const reduced = keys.length < keyed;
        const joined = keys.join(' ');
        forms.push({ e, form, keys, joined, reduced, role });
        if (!reduced) {
          let ids = whole.get(joined);
          if (ids === undefined) {
            ids = new Set<string>();
            whole.set(joined, ids);
          }
          ids.add(e.id);
        }
      }
    };
    for (const e of lexicon) {
      // A concept keeps the kind it was first given: a story added later that finds the name as
      // another kind has it as that kind there only (setStoryKinds).
      const known = this.kinds.has(e.id);
      if (!known) this.kinds.set(e.id, e.kind);
      // Its stories: a concept first met serving every story keeps doing so (no scope at all).
      const scope = this.scopes.get(e.id);
      if (scope !== undefined) {
        if (e.stories === undefined) scope.all = true;
        else for (const id of e.stories) scope.stories.add(id);
      } else if (!known && e.stories !== undefined) this.scopes.set(e.id, { all: false, stories: new Set(e.stories) });
      read(e, e.en, false);
      read(e, e.ar, false);
      read(e, e.roles.en, true);
      read(e, e.roles.ar, true);
    }
    for (const { e, form, keys, joined, reduced, role } of forms) {
      // A form reduced to nothing, or to single letters ("U.S." → "u"), would match noise.
      // So would a one-word English form whose stem is two letters ("useful" → "us", the country's
      // key), unless it is an acronym ("US", "UK").
      const short = keys.length === 1 && (keys[0] as string).startsWith('en:') && (keys[0] as string).length <= 5 && !/^[A-Z.]+$/.test(form);
      if (keys.length === 0 || keys.every((k) => k.length <= 4) || short) continue;
      // A phrase that loses its stop words and becomes another concept's word ("after the call" →
      // "call", "call it" → "call") would steal that word: drop it.
      if (reduced && [...(whole.get(joined) ?? [])].some((id) => id !== e.id)) continue;
      for (const k of keys) this.formKeys.add(k);
      const first = keys[0] as string;
      let list = this.byFirst.get(first);
      if (list === undefined) {
        list = [];
        this.byFirst.set(first, list);
      }
      const acronym = keys.length === 1 && /^[A-Z][A-Z.]+$/.test(form) ? form.replace(/\./g, '').toLowerCase() : undefined;
      const id = `${e.id}\u0000${joined}`;
      if (!this.listed.has(id)) {
        this.listed.add(id);
        const found = foundInLatin(e, form);
        list.push({ id: e.id, kind: this.kinds.get(e.id) ?? e.kind, role, keys, acronym, found, scope: this.scopes.get(e.id) });
        if (found && !role && e.id.startsWith(AUTO_PREFIX)) {
          const last = keys[keys.length - 1] as string;
          if (keys.length > 1) {
            let ids = this.lastKeys.get(last);
            if (ids === undefined) {
              ids = new Set<string>();
              this.lastKeys.set(last, ids);
            }
            ids.add(e.id);
          } else {
            const own = this.oneKeys.get(e.id);
            if (own === undefined) this.oneKeys.set(e.id, [last]);
            else if (!own.includes(last)) own.push(last);
          }
        }
      }
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Found names of several words whose last word is a one-word found name's (*Josephine Baker* for *Baker*). */
  namesEndingIn(id: string): readonly string[] {
    const out: string[] = [];
    for (const k of this.oneKeys.get(id) ?? []) for (const x of this.lastKeys.get(k) ?? []) if (!out.includes(x)) out.push(x);
    return out;
  }

  /**
   * Finds concepts in a sequence of content tokens (stop words already removed). At each position
   * every concept whose form starts there is reported once, with its longest matching form.
   * @param keysAt the key(s) a token may stand for (a typo-corrected word stands for its correction)
   * @param story the id of the story the tokens are from (or a question asked of): a name found there has
   *   the kind it was found as there, and a concept that does not serve it (servesStory) is not found
   */
  find(tokens: readonly Token[], keysAt?: (i: number) => readonly string[], story?: string): ConceptHit[] {
    const own = story === undefined ? undefined : this.storyKinds.get(story);
    if (keysAt === undefined) return this.findByKey(tokens, own, story);
    const keys: ReadonlyArray<readonly string[]> = keysAt ? tokens.map((_, i) => keysAt(i)) : tokens.map((t) => [t.key]);
    const hits: ConceptHit[] = [];
    let seen: Set<string> | undefined;
    for (let i = 0; i < tokens.length; i++) {
      seen?.clear();
      for (const k of keys[i] as readonly string[]) {
        const forms = this.byFirst.get(k);
        if (forms === undefined) continue;
        for (const f of forms) {
          if (seen?.has(f.id)) continue;
          if (notTheAcronym(f, tokens[i] as Token) || !serves(f, story)) continue;
          let ok = i + f.keys.length <= tokens.length;
          if (ok && f.found && lowerCaseWord(tokens, i, f.keys.length, this.lowerCase, this.lowerKeys)) continue;
          for (let j = 1; ok && j < f.keys.length; j++) ok = (keys[i + j] as readonly string[]).includes(f.keys[j] as string);
          if (ok) {
            seen ??= new Set<string>();
            seen.add(f.id);
            hits.push({ id: f.id, kind: own?.get(f.id) ?? f.kind, role: f.role, first: i, last: i + f.keys.length - 1 });
          }
        }
      }
    }
    return hits;
  }

  /**
   * `find` with each token standing for its own key only: what indexing asks for every sentence of
   * every story, so it reads the keys in place instead of building a list per token.
   */
  private findByKey(tokens: readonly Token[], own: ReadonlyMap<string, ConceptKind> | undefined, story: string | undefined): ConceptHit[] {
    const hits: ConceptHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const forms = this.byFirst.get((tokens[i] as Token).key);
      if (forms === undefined) continue;
      // A concept is reported once per position: the hits of this position (a handful) are checked
      // in place, not through a Set made for every sentence of every story.
      const here = hits.length;
      for (const f of forms) {
        if (reported(hits, here, f.id)) continue;
        if (notTheAcronym(f, tokens[i] as Token) || !serves(f, story)) continue;
        let ok = i + f.keys.length <= tokens.length;
        if (ok && f.found && lowerCaseWord(tokens, i, f.keys.length, this.lowerCase, this.lowerKeys)) continue;
        for (let j = 1; ok && j < f.keys.length; j++) ok = (tokens[i + j] as Token).key === f.keys[j];
        if (ok) hits.push({ id: f.id, kind: own?.get(f.id) ?? f.kind, role: f.role, first: i, last: i + f.keys.length - 1 });
      }
    }
    return hits;
  }
}

/** Whether `hits` holds a hit of concept `id` from index `from` on. */
function reported(hits: readonly ConceptHit[], from: number, id: string): boolean {
  for (let k = from; k < hits.length; k++) if ((hits[k] as ConceptHit).id === id) return true;
  return false;
}

const NAMES: ReadonlySet<ConceptKind> = new Set(['person', 'place', 'org']);

/**
 * Drops concepts found inside a longer name: a name's words do not carry their own meaning ("United
 * States" is not about units or statements; "White House" is not about houses). Concepts inside a
 * role ("the Kremlin spokesman" is about the Kremlin too) or anything else ("join NATO") stand.
 */
export function withoutNameParts(hits: readonly ConceptHit[]): ConceptHit[] {
  return hits.filter(
    (h) =>
      !hits.some(
        (o) => o !== h && NAMES.has(o.kind) && !o.role && o.id !== h.id && o.first <= h.first && o.last >= h.last && o.last - o.first > h.last - h.first,
      ),
  );
}
