/**
 * A tiny runner for multi-turn conversation scripts: each turn is a message and what the engine must
 * answer first (its label), or that it abstains, or that it offers choices. Turns are asked a page of
 * three answers at a time, as the terminal chat and the bot show them, so "else" and "more" see what
 * a user would have seen.
 */
import { expect } from 'vitest';
import type { AbstainReason, AskResult, ChatState, Engine } from '../../src/types.js';

/** One turn of a script. */
export interface Turn {
  readonly ask: string;
  /** The label of the first answer ("23–24.1"), or any of these labels. */
  readonly first?: string | readonly string[];
  /** The engine must abstain, for this reason. */
  readonly abstain?: AbstainReason;
  /** The engine must offer these people as choices, in this order. */
  readonly choices?: readonly string[];
  /** No answer may repeat a sentence this conversation has shown before. */
  readonly fresh?: boolean;
  /** The turn must (true) or must not (false) be read as a follow-up. */
  readonly followUp?: boolean;
  /** Why this answer should win (for the tricky ones; the test's documentation). */
  readonly why?: string;
}

/** Answers per page, as the front ends show them. */
export const PAGE = 3;

/** Runs a script and checks every turn (about `story` when given); returns the results for further checks. */
export function runScript(engine: Engine, turns: readonly Turn[], start?: ChatState, story?: string): AskResult[] {
  let state = start ?? engine.newState(0);
  const shown = new Set<string>();
  const results: AskResult[] = [];
  for (const [i, t] of turns.entries()) {
    const r = engine.ask(t.ask, state, { top: PAGE, now: i + 1, ...(story === undefined ? {} : { story }) });
    const where = `turn ${i + 1} "${t.ask}"${t.why ? ` (${t.why})` : ''}`;
    const labels = r.answers.map((a) => a.label);
    if (t.abstain !== undefined) {
      expect(r.abstained, `${where}: expected to abstain, cited ${labels.join(' ')}`).toBe(true);
      expect(r.reason, where).toBe(t.abstain);
    }
    if (t.first !== undefined) {
      const wanted = typeof t.first === 'string' ? [t.first] : t.first;
      expect(wanted, `${where}: cited ${r.abstained ? `nothing (${r.reason})` : labels.join(' ')}`).toContain(labels[0]);
    }
    if (t.choices !== undefined)
      expect(
        r.choices?.map((c) => c.person),
        where,
      ).toEqual(t.choices);
    if (t.followUp !== undefined) expect(r.followUp, where).toBe(t.followUp);
    const refs = r.answers.flatMap((a) => a.parts.map((p) => `${p.story}#${p.ref}`));
    if (t.fresh === true) for (const ref of refs) expect(shown.has(ref), `${where}: ${ref} was shown before`).toBe(false);
    for (const ref of refs) shown.add(ref);
    results.push(r);
    state = r.state;
  }
  return results;
}
