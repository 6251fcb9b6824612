/**
 * The story's reply to the answer just shown. A sentence right after that answer which refers back to
 * it with a demonstrative standing alone ("Peskov said this was impossible", "أعتقد أن هذا صحيح"; see
 * SentenceFacts.refersBack) is what the story says about it. A follow-up asking about the answer
 * ("who rejected that?", "how did Russia respond?", "what did Trump think of it?") is answered by it.
 */
import { type SearchIndex, suppliesAt } from '../search/index.js';
import type { QueryUnit } from '../search/query.js';
import type { Hit } from '../search/rank.js';
import type { SentenceFacts } from './facts.js';

/** What the reply is checked against. */
export interface ReplyQuestion {
  /** Global ids of the answer just shown (one sentence, or the two of a span). */
  readonly last: readonly number[];
  /** The question's units, carried ones included. */
  readonly units: readonly QueryUnit[];
  /** The kinds of answer it asks for. */
  readonly types: readonly string[];
  /** Sentences the question must not be answered with. */
  readonly exclude?: ReadonlySet<number> | undefined;
  /** Whether a unit is a verb of replying ("respond", رد): the story says the reply, not the word. */
  readonly replyWord?: (u: QueryUnit) => boolean;
  /**
   * The people the question itself names as who replies, when the caller knows them apart from those a
   * pronoun stands for: "وكيف رد الكرملين عليه؟" (how did the Kremlin respond to him?) is not his reply.
   */
  readonly speakers?: readonly string[];
  /**
   * The concept ids the question names as who acts in reply, people, places or organisations ("وبماذا
   * ردت أوكرانيا؟": Ukraine), when they are not named as its object.
   */
  readonly doers?: readonly string[];
  /** Whether the question asks with a verb of replying, which the reading of its pointers may have consumed (ردت). */
  readonly reacting?: boolean;
}

/**
 * Puts the reply to the answer just shown first among `hits` (in place) when it answers the
 * question: it gives the kind of answer asked for, it is said by the person the question names, if
 * any, and it lacks at most one of the question's own words, the word for the reply itself, which the
 * story often puts another way ("rejected" → "impossible"). ¶22 (Zelensky's proposal) → "who rejected
 * that?" → ¶23. The reply answers the question's "that" in full: its coverage is 1.
 */
export function preferReply(index: SearchIndex, facts: SentenceFacts, hits: Hit[], q: ReplyQuestion): void {
  if (q.last.length === 0) return;
  const g = Math.max(...q.last) + 1;
  const s = index.sentences[g];
  if (s === undefined || s.story !== index.sentences[g - 1]?.story || q.exclude?.has(g)) return;
  // A reply may be a deed as well as words ("how did the West respond?": Britain, France and Israel
  // occupied Sinai): asked with a verb of replying, it need not be a statement.
  const reacting = q.reacting === true || q.units.some((u) => q.replyWord?.(u) === true);
  // A story tells a reply right after what it replies to, either pointing back at it ("Peskov said this
  // was impossible") or, for a deed, opening on who replied: "وبماذا ردت أوكرانيا؟" after the Russian
  // advance is ¶34, "انتقمت أوكرانيا …" (Ukraine retaliated), which names no "this".
  const opensOnDoer = reacting && (q.doers ?? []).some((id) => facts.namedFirst(g).includes(id));
  if (!facts.refersBack(g) && !opensOnDoer) return;
  for (const t of index.answerTypes) if (q.types.includes(t.id) && !suppliesAt(index, t, g) && !(reacting && t.id === 'statement')) return;
  // "وكيف رد الغرب على ذلك؟": the verb of replying is a word of the question, not of the reply.
  const own = q.units.filter((u) => !u.carried && u.kind !== 'action' && q.replyWord?.(u) !== true);
  const people = q.speakers ?? own.filter((u) => u.kind === 'person').map((u) => u.key.slice(2));
  if (people.length > 0 && !people.includes(facts.of(g).speaker ?? '')) return;
  const at = hits.findIndex((h) => h.gid === g);
  const matched = at < 0 ? [] : (hits[at] as Hit).matched;
  if (own.filter((u) => u.kind !== 'person' && !matched.includes(u.key)).length > 1) return;
  const old = at < 0 ? undefined : (hits.splice(at, 1)[0] as Hit);
  hits.unshift({ gid: g, score: Math.max(old?.score ?? 0, hits[0]?.score ?? 0), coverage: 1, matched });
}

/**
 * Puts first, among `hits` (in place), the sentence the answer just shown refers back to, when the
 * question asks what its demonstrative stands for: "what was impossible?" just after ¶23 ("Peskov said
 * this was impossible") is ¶22, Zelensky's proposal. The question names no one, asks for no particular
 * kind of answer, and every word of its own is in that answer, which is among the hits: it asks about
 * the answer's words, not about anything new.
 */
export function preferReferent(index: SearchIndex, facts: SentenceFacts, hits: Hit[], q: ReplyQuestion): void {
  if (q.last.length === 0 || q.types.length > 0) return;
  const first = Math.min(...q.last);
  const g = first - 1;
  if (g < 0 || index.sentences[g]?.story !== index.sentences[first]?.story || q.exclude?.has(g) || !facts.refersBack(first)) return;
  const own = q.units.filter((u) => !u.carried && u.kind !== 'action');
  if (own.length === 0 || own.some((u) => u.kind === 'person')) return;
  const shown = hits.find((h) => h.gid === first);
  if (shown === undefined || own.some((u) => !shown.matched.includes(u.key))) return;
  const at = hits.findIndex((h) => h.gid === g);
  const old = at < 0 ? undefined : (hits.splice(at, 1)[0] as Hit);
  hits.unshift({
    gid: g,
    score: Math.max(old?.score ?? 0, hits[0]?.score ?? 0),
    coverage: Math.max(old?.coverage ?? 0, shown.coverage),
    matched: old?.matched ?? [],
  });
}
