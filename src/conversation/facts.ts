/**
 * What an answer shown to the user makes available to the next question: who speaks in it, the
 * people and places it names, and its years. "According to him", "there", "that year" and "who said
 * that?" are read against these facts.
 */
import { withoutNameParts } from '../search/concepts.js';
import { contentTokens, rootKey, type SearchIndex } from '../search/index.js';
import { has } from '../search/rank.js';
import { phraseAt } from './dialogue.js';

/** The facts of one cited sentence. */
export interface AnswerFacts {
  /** Person concept ids, the speaker first, then the others in the order the sentence names them. */
  readonly people: readonly string[];
  /** Who speaks: a person the sentence carries from an earlier one (the rest of a quotation), or the first one it names. */
  readonly speaker?: string;
  /** Whether the sentence names its speaker itself (by name or role), rather than carrying them. */
  readonly namesSpeaker: boolean;
  /** Place concept ids it names, in order. */
  readonly places: readonly string[];
  /** Number keys ("n:2014") of the years it holds. */
  readonly years: readonly string[];
}

/** How far back a carried speaker is looked for (sentences). */
const SPEAKER_LOOKBACK = 4;

/** People, places and years named in one sentence (its text, then its rendering), in order. */
function named(index: SearchIndex, gid: number): { people: string[]; places: string[]; years: string[]; first: string[] } {
  const s = index.sentences[gid];
  const people: string[] = [];
  const places: string[] = [];
  const years: string[] = [];
  const first: string[] = [];
  if (s === undefined) return { people, places, years, first };
  for (const text of s.translation === undefined ? [s.sentence.text] : [s.sentence.text, s.translation]) {
    const content = contentTokens(index.analyzer.analyze(text));
    for (const t of content) if (/^n:(1[89]|20)\d\d$/.test(t.key) && !years.includes(t.key)) years.push(t.key);
    // A name has the kind its own story found it as (a person there may be a people elsewhere).
    const hits = withoutNameParts(index.concepts.find(content, undefined, index.stories[s.story]?.info.id)).sort((a, b) => a.first - b.first);
    const opening = hits.find((h) => h.kind === 'person' || h.kind === 'place' || h.kind === 'org');
    if (opening !== undefined && !first.includes(opening.id)) first.push(opening.id);
    for (const h of hits) {
      if (h.kind === 'person') {
        // A person inside another's role ("Putin's spokesman") is not who speaks.
        const inRole = hits.some((o) => o !== h && o.role && o.kind === 'person' && o.id !== h.id && o.first <= h.first && o.last >= h.last);
        if (!inRole && !people.includes(h.id)) people.push(h.id);
      } else if (h.kind === 'place' && !places.includes(h.id)) places.push(h.id);
    }
    for (const h of hits) if (h.kind === 'person' && !people.includes(h.id)) people.push(h.id);
  }
  return { people, places, years, first };
}

/** Most sentences whose facts one `SentenceFacts` remembers; past it the memo starts afresh. */
const FACTS_MEMO_LIMIT = 20_000;

type Named = ReturnType<typeof named>;

/** What is remembered of one sentence, each part worked out when first asked for. */
interface Entry {
  readonly named: Named;
  facts?: AnswerFacts;
  span?: readonly [number, number];
  back?: boolean;
  quoted?: ReadonlySet<string>;
  place?: boolean;
}

/**
 * The facts of an index's sentences, worked out on first use and remembered (bounded): the ranking
 * of a follow-up asks who speaks in its best hits, and the same sentences come back.
 */
export class SentenceFacts {
  private readonly memo = new Map<number, Entry>();
  /** The dialogue's back-reference phrases ("this was", هذا), folded like a sentence's words. */
  private readonly backReferences: readonly (readonly string[])[];

  /** The dialogue's place-reference phrases ("this region", هذه المنطقة), folded like a sentence's words. */
  private readonly placeReferences: readonly (readonly string[])[];

  constructor(private readonly index: SearchIndex) {
    const d = index.knowledge.dialogue.backReferences;
    this.backReferences = [...d.en, ...d.ar].map((x) => index.analyzer.fold(x).split(' ')).filter((p) => p[0] !== '');
    const r = index.knowledge.dialogue.placeReferences;
    this.placeReferences = [...r.en, ...r.ar].map((x) => index.analyzer.fold(x).split(' ')).filter((p) => p[0] !== '');
  }

  /**
   * Whether a sentence refers to a place without naming it ("… driven out of this region"): it is about
   * the place a sentence a little before it names.
   */
  refersToPlace(gid: number): boolean {
    const e = this.entry(gid);
    e.place ??= this.hasPhrase(gid, this.placeReferences);
    return e.place;
  }

  private hasPhrase(gid: number, phrases: readonly (readonly string[])[]): boolean {
    const s = this.index.sentences[gid];
    if (s === undefined) return false;
    for (const text of s.translation === undefined ? [s.sentence.text] : [s.sentence.text, s.translation]) {
      const words = this.index.analyzer.analyze(text).map((t) => t.norm);
      for (let i = 0; i < words.length; i++) for (const p of phrases) if (phraseAt(words, i, p)) return true;
    }
    return false;
  }

  /**
   * Whether a sentence refers back to the one before it with a demonstrative standing for it ("Peskov
   * said this was impossible", "وقال ترامب أعتقد أن هذا صحيح"): it replies to what that sentence said.
   */
  refersBack(gid: number): boolean {
    const e = this.entry(gid);
    e.back ??= this.computeBack(gid);
    return e.back;
  }

  private computeBack(gid: number): boolean {
    const s = this.index.sentences[gid];
    if (s === undefined) return false;
    for (const text of s.translation === undefined ? [s.sentence.text] : [s.sentence.text, s.translation]) {
      const words = this.index.analyzer.analyze(text).map((t) => t.norm);
      for (let i = 0; i < words.length; i++)
        for (const p of this.backReferences) {
          if (!phraseAt(words, i, p)) continue;
          // A one-word demonstrative before a word with the article (ال) is a determiner: هذه الحرب, "this war".
          if (p.length === 1 && (words[i + 1] ?? '').startsWith('ال')) continue;
          return true;
        }
    }
    return false;
  }

  /**
   * The keys of the words a sentence puts in quotation marks (its speaker's own words), with the
   * light roots of its Arabic ones. A sentence a story splits inside a quotation (¶6.1 opens it, ¶6.2
   * closes it) counts what follows an unclosed opening mark, or precedes an unopened closing one.
   */
  quotedKeys(gid: number): ReadonlySet<string> {
    const e = this.entry(gid);
    e.quoted ??= this.computeQuoted(gid);
    return e.quoted;
  }

  private computeQuoted(gid: number): ReadonlySet<string> {
    const text = this.index.sentences[gid]?.sentence.text ?? '';
    const parts = text.split(/([“”«»"])/);
    // Inside from the start when the first mark closes a quotation.
    const firstMark = parts[1];
    let inside = firstMark === '”' || firstMark === '»';
    let quoted = '';
    for (let i = 0; i < parts.length; i++) {
      const x = parts[i] as string;
      if (i % 2 === 0) {
        if (inside) quoted += ` ${x}`;
      } else inside = x === '"' ? !inside : x === '“' || x === '«';
    }
    const keys = new Set<string>();
    if (quoted === '') return keys;
    for (const t of this.index.analyzer.analyze(quoted)) {
      if (t.key === '' || t.stop) continue;
      keys.add(t.key);
      const root = t.script === 'ar' ? rootKey(t.key) : '';
      if (root !== '') keys.add(root);
    }
    return keys;
  }

  private entry(gid: number): Entry {
    let e = this.memo.get(gid);
    if (e === undefined) {
      if (this.memo.size >= FACTS_MEMO_LIMIT) this.memo.clear();
      e = { named: named(this.index, gid) };
      this.memo.set(gid, e);
    }
    return e;
  }

  /**
   * The person, place or organisation a sentence names first, in its text and in its rendering: most
   * often its subject ("Ukraine hit back …", "انتقمت أوكرانيا …").
   */
  namedFirst(gid: number): readonly string[] {
    return this.entry(gid).named.first;
  }

  /** The people a sentence names (by name or role), in order. */
  people(gid: number): readonly string[] {
    return this.entry(gid).named.people;
  }

  /**
   * A value derived from a sentence and its neighbours (its span, see span.ts), remembered with its
   * facts: every answer on every page asks for it.
   */
  spanOf(gid: number, compute: () => readonly [number, number]): readonly [number, number] {
    const e = this.entry(gid);
    e.span ??= compute();
    return e.span;
  }

  /** The facts of a cited sentence, by its global id. */
  of(gid: number): AnswerFacts {
    const e = this.entry(gid);
    e.facts ??= this.compute(gid, e.named);
    return e.facts;
  }

  private compute(gid: number, own: Named): AnswerFacts {
    const index = this.index;
    const story = index.sentences[gid]?.story;
    // A speaker carried into this sentence (an "s:" key) was named in one of the sentences before it.
    let carried: string | undefined;
    for (let g = gid - 1; g >= 0 && g >= gid - SPEAKER_LOOKBACK && carried === undefined; g--) {
      if (index.sentences[g]?.story !== story) break;
      for (const id of this.people(g)) {
        if (!own.people.includes(id) && has(index.postings.get(`s:${id}`), gid)) {
          carried = id;
          break;
        }
      }
    }
    const speaker = carried ?? own.people[0];
    const people = carried === undefined ? own.people : [carried, ...own.people];
    return {
      people,
      ...(speaker === undefined ? {} : { speaker }),
      namesSpeaker: carried === undefined && speaker !== undefined,
      places: own.places,
      years: own.years,
    };
  }
}
