/**
 * Command-line options shared by `npm start` (terminal mode) and `npm run ask`.
 */

/** Parsed options. */
export interface CliArgs {
  readonly json: boolean;
  readonly knowledge?: string;
  readonly top?: number;
  readonly help: boolean;
  /** Words that are not options: the question for `ask`. */
  readonly rest: readonly string[];
}

/** Thrown for a bad option; the message says what is expected. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliArgs {
  let json = false;
  let help = false;
  let knowledge: string | undefined;
  let top: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--knowledge' || a.startsWith('--knowledge=')) {
      knowledge = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!knowledge) throw new UsageError('--knowledge needs a folder, e.g. --knowledge ./knowledge');
    } else if (a === '--top' || a.startsWith('--top=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      top = Number(v);
      if (!Number.isInteger(top) || top < 1 || top > 50) throw new UsageError('--top needs a whole number from 1 to 50');
    } else if (a === '--') continue;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a} (try --help)`);
    else rest.push(a);
  }
  return { json, help, rest, ...(knowledge === undefined ? {} : { knowledge }), ...(top === undefined ? {} : { top }) };
}

/** Usage text for `npm run ask`. */
export const ASK_USAGE = `Usage:
  npm run ask -- "what did Peskov say about Kursk?"     one readable answer
  npm run --silent ask -- --json [--knowledge DIR] [--top N] < questions.jsonl
      reads {"id": string, "text": string, "chat"?: string} a line,
      writes {"id", "abstained", "answers": [{"story","ref","text","score","context"}], "ms"} a line`;
