/**
 * Conversation state helpers. The state itself (ChatState in src/types.ts) is plain JSON that front
 * ends store; these functions create it, check what comes back from storage, and bound its size.
 */
import { isLanguage } from '../text/languages.js';
import type { ChatState, FocusItem, LastAnswer, PendingChoice } from '../types.js';

/** Turns after which a focus item is forgotten. */
export const MAX_FOCUS_AGE = 2;
/** Most ranked results kept for "more". */
export const MAX_RESULTS = 50;
/** Most focus items kept. */
export const MAX_FOCUS_ITEMS = 12;
/**
 * Most sentences remembered as shown ("story#ref"). A conversation about one story rarely shows
 * more than this before its subject changes; it bounds the state at about 1.5 KB.
 */
export const MAX_SEEN = 40;
/** Most choices an ambiguous answer offers. */
export const MAX_CHOICES = 3;

/** `seen` with these refs added (as the newest), each once, bounded by MAX_SEEN. */
export function withSeen(seen: readonly string[] | undefined, refs: readonly string[]): string[] {
  const add = new Set(refs);
  const kept = (seen ?? []).filter((r) => !add.has(r));
  return [...kept, ...add].slice(-MAX_SEEN);
}

/** A fresh state. */
export function newState(now = Date.now()): ChatState {
  return { v: 1, focus: [], results: [], shown: 0, at: now };
}

/**
 * Returns `value` if it is a usable state, else a fresh one: stored state may come from an older
 * release, a corrupt file or a forged source, and must never break a question.
 */
export function coerceState(value: unknown, now = Date.now()): ChatState {
  if (typeof value !== 'object' || value === null) return newState(now);
  const s = value as Record<string, unknown>;
  if (s.v !== 1 || !Array.isArray(s.focus) || !Array.isArray(s.results) || typeof s.shown !== 'number') return newState(now);
  const focus = s.focus.filter(
    (f): f is FocusItem =>
      typeof f === 'object' &&
      f !== null &&
      typeof f.key === 'string' &&
      typeof f.label === 'string' &&
      typeof f.kind === 'string' &&
      typeof f.weight === 'number' &&
      Number.isFinite(f.weight) &&
      typeof f.age === 'number',
  );
  const results = s.results.filter(
    (r): r is ChatState['results'][number] =>
      typeof r === 'object' && r !== null && typeof r.story === 'string' && typeof r.ref === 'string' && typeof r.score === 'number',
  );
  const kept = results.slice(0, MAX_RESULTS);
  const state: ChatState = {
    v: 1,
    // A gender other than "m" / "f" (a forged or older state) is dropped: it would hide the person from every pronoun.
    focus: focus.slice(0, MAX_FOCUS_ITEMS).map(({ gender, ...f }) => (gender === 'm' || gender === 'f' ? { ...f, gender } : f)),
    results: kept,
    shown: Number.isFinite(s.shown) ? Math.max(0, Math.min(kept.length, Math.floor(s.shown))) : 0,
    at: typeof s.at === 'number' ? s.at : now,
  };
  return {
    ...state,
    ...(typeof s.lastQuestion === 'string' ? { lastQuestion: s.lastQuestion.slice(0, 300) } : {}),
    ...(typeof s.story === 'string' ? { story: s.story } : {}),
    ...(isLanguage(s.lang) ? { lang: s.lang } : {}),
    ...(Array.isArray(s.types) ? { types: s.types.filter((t): t is string => typeof t === 'string').slice(0, 4) } : {}),
    ...(Array.isArray(s.seen) ? { seen: strings(s.seen, 200).slice(-MAX_SEEN) } : {}),
    ...(coerceLast(s.last) ?? {}),
    ...(Array.isArray(s.choices) ? coerceChoices(s.choices) : {}),
  };
}

function strings(v: readonly unknown[], maxLength: number): string[] {
  return v.filter((x): x is string => typeof x === 'string' && x.length <= maxLength);
}

function coerceLast(v: unknown): { last: LastAnswer } | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const l = v as Record<string, unknown>;
  if (typeof l.story !== 'string' || !Array.isArray(l.refs) || !Array.isArray(l.people)) return undefined;
  const list = (x: unknown) => (Array.isArray(x) ? strings(x, 200).slice(0, 8) : []);
  return {
    last: {
      story: l.story,
      refs: list(l.refs).slice(0, 2),
      people: list(l.people),
      ...(typeof l.speaker === 'string' ? { speaker: l.speaker } : {}),
      places: list(l.places),
      years: list(l.years),
    },
  };
}

function coerceChoices(v: readonly unknown[]): { choices: PendingChoice[] } | Record<string, never> {
  const choices = v
    .filter(
      (c): c is PendingChoice =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as PendingChoice).story === 'string' &&
        typeof (c as PendingChoice).ref === 'string' &&
        typeof (c as PendingChoice).person === 'string',
    )
    .slice(0, MAX_CHOICES)
    .map((c) => ({ story: c.story, ref: c.ref, person: c.person }));
  return choices.length > 0 ? { choices } : {};
}
