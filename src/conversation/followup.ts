/**
 * Follow-up questions: deciding whether a question continues the previous one, and which of the
 * earlier focus (people, places, topics) it carries.
 *
 * The rules, in plain words:
 * - A question continues the conversation when it has a pronoun (he, it, عنها), opens with "and" /
 *   "what about" / و, asks for something "else", or has no content words of its own ("how long?").
 * - A person pronoun with no new person in the question stands for the last person asked about:
 *   that person is carried at full weight.
 * - A new person replaces the earlier ones; the earlier topics come along at reduced weight when the
 *   question points back at them ("what did Trump think of it?").
 * - "else" drops the earlier topics and hides the answers already shown.
 */
import type { SearchOptions } from '../search/defaults.js';
import type { ParsedQuery, QueryUnit } from '../search/query.js';
import type { ChatState, FocusItem } from '../types.js';
import { MAX_FOCUS_AGE, MAX_FOCUS_ITEMS } from './state.js';

/** What a follow-up adds to a question. */
export interface Resolution {
  readonly followUp: boolean;
  /** Units carried from earlier turns (the question's own units are not repeated here). */
  readonly carried: readonly QueryUnit[];
  /** Hide the answers already shown. */
  readonly excludeShown: boolean;
  /** Prefer sentences next to the last answer ("it" points at what was just shown). */
  readonly nearLast: boolean;
}

const NAMED = new Set(['person']);

/** Decides what a question takes from the conversation so far. */
export function resolveFollowUp(q: ParsedQuery, state: ChatState, o: SearchOptions): Resolution {
  const none: Resolution = { followUp: false, carried: [], excludeShown: false, nearLast: false };
  if (state.focus.length === 0) return none;
  const own = q.units.filter((u) => u.kind !== 'action');
  const signalled = q.personPronoun || q.thingPronoun || q.followUpOpening || q.other;
  if (!signalled && own.length > 0) return none;
  const newPerson = q.units.some((u) => NAMED.has(u.kind));
  const ownKeys = new Set(q.units.map((u) => u.key));
  const carried: QueryUnit[] = [];
  for (const f of state.focus) {
    if (ownKeys.has(f.key) || f.kind === 'action') continue;
    const age = f.age + 1;
    let factor = 0;
    if (NAMED.has(f.kind)) {
      if (newPerson) factor = 0;
      else if (q.personPronoun || own.length === 0) factor = 1;
      else factor = o.carry;
    } else if (q.other) {
      factor = 0;
    } else if (own.length === 0) {
      factor = 1;
    } else {
      factor = o.carry;
    }
    factor *= age > 1 ? o.carry : 1;
    if (factor <= 0) continue;
    const scale = f.kind === 'action' ? o.actionWeight : f.kind === 'person' ? o.personWeight : f.kind === 'place' || f.kind === 'org' ? o.nameWeight : 1;
    carried.push({
      key: f.key,
      label: f.label,
      kind: f.kind as QueryUnit['kind'],
      alts: carriedAlts(f.key, f.kind, o),
      weight: f.weight * factor,
      scale: scale * factor,
      known: true,
      common: false,
      name: false,
      carried: true,
    });
  }
  return { followUp: true, carried, excludeShown: q.other, nearLast: q.thingPronoun || q.followUpOpening };
}

/** What a remembered concept may match again: its name, its roles, a carried speaker, its people. */
function carriedAlts(key: string, kind: string, o: SearchOptions): QueryUnit['alts'] {
  if (!key.startsWith('c:')) return [{ key, q: 1 }];
  const id = key.slice(2);
  return [
    { key, q: 1 },
    { key: `r:${id}`, q: o.role },
    ...(kind === 'person' ? [{ key: `s:${id}`, q: o.speaker }] : []),
    ...(kind === 'org' || kind === 'place' ? [{ key: `a:${id}`, q: o.affiliation }] : []),
  ];
}

/** The focus to remember after a question: its own units, then what it carried, aged. */
export function nextFocus(q: ParsedQuery, r: Resolution, previous: ChatState): FocusItem[] {
  const own: FocusItem[] = q.units
    .filter((u) => u.known)
    .map((u) => ({ key: u.alts[0]?.key ?? u.key, label: u.label.slice(0, 60), kind: u.kind, weight: round(u.weight), age: 0 }));
  const keys = new Set(own.map((f) => f.key));
  const kept = r.followUp
    ? previous.focus
        .filter((f) => !keys.has(f.key) && r.carried.some((c) => c.key === f.key))
        .map((f) => ({ ...f, age: f.age + 1 }))
        .filter((f) => f.age <= MAX_FOCUS_AGE)
    : [];
  return [...own, ...kept].slice(0, MAX_FOCUS_ITEMS);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
