/**
 * Spans of text ([start, end) in UTF-16 code units), as used for highlighting.
 */
import type { Span } from '../types.js';

/**
 * Sorts spans, clamps them to [0, length], drops empty ones and merges those that overlap or touch,
 * so whoever marks them up gets balanced, ordered, non-overlapping ranges whatever came in.
 */
export function mergeSpans(spans: readonly Span[], length = Number.POSITIVE_INFINITY): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
