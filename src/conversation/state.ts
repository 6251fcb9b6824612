/**
 * Conversation state helpers. The state itself (ChatState in src/types.ts) is plain JSON that front
 * ends store; these functions create it, check what comes back from storage, and bound its size.
 */
import type { ChatState, FocusItem } from '../types.js';

/** Turns after which a focus item is forgotten. */
export const MAX_FOCUS_AGE = 2;
/** Most ranked results kept for "more". */
export const MAX_RESULTS = 50;
/** Most focus items kept. */
export const MAX_FOCUS_ITEMS = 12;

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
    focus: focus.slice(0, MAX_FOCUS_ITEMS),
    results: kept,
    shown: Number.isFinite(s.shown) ? Math.max(0, Math.min(kept.length, Math.floor(s.shown))) : 0,
    at: typeof s.at === 'number' ? s.at : now,
  };
  return {
    ...state,
    ...(typeof s.lastQuestion === 'string' ? { lastQuestion: s.lastQuestion.slice(0, 300) } : {}),
    ...(typeof s.story === 'string' ? { story: s.story } : {}),
    ...(s.lang === 'en' || s.lang === 'ar' ? { lang: s.lang } : {}),
    ...(Array.isArray(s.types) ? { types: s.types.filter((t): t is string => typeof t === 'string').slice(0, 4) } : {}),
  };
}
