/**
 * Command-line options shared by `npm start` (terminal mode) and `npm run ask`.
 */
import { type ParseArgsConfig, parseArgs as parseArgsWith } from 'node:util';

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

/** The options, as node:util's parseArgs reads them. */
const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  knowledge: { type: 'string' },
  top: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Parses argv (without node and the script) with node:util's parseArgs. Words that are not options
 * are the question, wherever they stand; a word with one dash ("-5") is a word too, and everything
 * after "--" is.
 *
 * @throws UsageError for an unknown option or a bad value, saying what is expected
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  // Not strict: strict mode would refuse "-5" as an unknown short option; unknown long options are refused below.
  const { tokens } = parseArgsWith({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  let json = false;
  let help = false;
  let knowledge: string | undefined;
  let top: number | undefined;
  const rest: string[] = [];
  let lastWord = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') rest.push(token.value);
    else if (token.kind === 'option-terminator') continue;
    else if (!token.rawName.startsWith('--') && !(token.name in OPTIONS)) {
      // "-5" or "-abc": a word of the question, read once even when parseArgs splits it into several letters.
      if (token.index !== lastWord) rest.push(argv[token.index] as string);
      lastWord = token.index;
    } else if (token.name === 'json' || token.name === 'help') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value`);
      if (token.name === 'json') json = true;
      else help = true;
    } else if (token.name === 'knowledge') {
      if (!token.value) throw new UsageError('--knowledge needs a folder, e.g. --knowledge ./knowledge');
      knowledge = token.value;
    } else if (token.name === 'top') {
      top = Number(token.value);
      if (!token.value || !Number.isInteger(top) || top < 1 || top > 50) throw new UsageError('--top needs a whole number from 1 to 50');
    } else throw new UsageError(`unknown option ${token.rawName} (try --help)`);
  }
  return { json, help, rest, ...(knowledge === undefined ? {} : { knowledge }), ...(top === undefined ? {} : { top }) };
}

/** Usage text for `npm run ask`. */
export const ASK_USAGE = `Usage:
  npm run ask -- "what did Peskov say about Kursk?"     one readable answer
  npm run --silent ask -- --json [--knowledge DIR] [--top N] < questions.jsonl
      reads {"id": string, "text": string, "chat"?: string, "story"?: string} a line
      ("story": ask that loaded story alone; without it, the whole archive),
      writes {"id", "abstained", "answers": [{"story","ref","text","score","context"}], "ms"} a line`;
