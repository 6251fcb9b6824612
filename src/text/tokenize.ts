/**
 * Splitting text into word tokens with their offsets, so matches can be highlighted in the original.
 */
import { type Script, scriptOf, scriptOfChar } from './normalize.js';

/** A word as it appears in a text. */
export interface RawToken {
  /** The word exactly as written (harakat and all). */
  readonly surface: string;
  /** Offsets [start, end) in the text (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  readonly script: Script;
}

// A word is a run of letters, combining marks (harakat), digits and tatweel; Latin words may hold an
// inner apostrophe (Trump's → one token, the 's removed later by the English analyzer).
// A script change inside a run ("Peskovكورسك") splits it, because users omit the space between scripts.
const WORD = /[\p{L}\p{M}\p{N}\u0640]+(?:['’][\p{L}]+)*/gu;

/** Splits a text into word tokens, splitting further where the script changes mid-word. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    splitByScript(m[0], start, out);
  }
  return out;
}

function splitByScript(word: string, offset: number, out: RawToken[]): void {
  let runStart = 0;
  let runScript: Script | undefined;
  let digits = false;
  for (let i = 0; i < word.length; i++) {
    const s = scriptOfChar(word.charCodeAt(i));
    if (s === 'digit') digits = true;
    if (s === undefined || s === 'digit') continue;
    // Digits stay attached to whatever run they are in; a change of letters' script starts a new run.
    if (runScript !== undefined && s !== runScript) {
      push(word.slice(runStart, i), offset + runStart, runScript, out);
      runStart = i;
    }
    runScript = s;
  }
  push(word.slice(runStart), offset + runStart, runScript ?? (digits ? 'digit' : undefined), out);
}

/** Adds a token; a run with no Arabic or Latin letter and no digit is classified the slow way (other scripts, marks only). */
function push(surface: string, start: number, script: Script | undefined, out: RawToken[]): void {
  if (surface === '') return;
  if (script === undefined) {
    if (!/[\p{L}\p{N}]/u.test(surface)) return;
    script = scriptOf(surface);
  }
  out.push({ surface, start, end: start + surface.length, script });
}
