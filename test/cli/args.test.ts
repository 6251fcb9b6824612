import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';

describe('parseArgs (npm start and npm run ask)', () => {
  it('reads the options in either spelling, and the words of the question', () => {
    expect(parseArgs([])).toEqual({ json: false, help: false, rest: [] });
    expect(parseArgs(['--json', '--top', '3', '--knowledge', 'stories'])).toEqual({ json: true, help: false, top: 3, knowledge: 'stories', rest: [] });
    expect(parseArgs(['--top=5', '--knowledge=./k'])).toEqual({ json: false, help: false, top: 5, knowledge: './k', rest: [] });
    expect(parseArgs(['who', 'did', '--json', 'Trump', 'call?'])).toEqual({ json: true, help: false, rest: ['who', 'did', 'Trump', 'call?'] });
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it('keeps a question word that starts with one dash ("-5 degrees?")', () => {
    expect(parseArgs(['-5', 'degrees?']).rest).toEqual(['-5', 'degrees?']);
  });

  it('takes everything after "--" as words of the question', () => {
    expect(parseArgs(['--', '--json', 'x']).rest).toEqual(['--json', 'x']);
    expect(parseArgs(['--', '--json']).json).toBe(false);
  });

  it.each([
    [['--top', '0'], '--top needs a whole number from 1 to 50'],
    [['--top', '51'], '--top needs a whole number from 1 to 50'],
    [['--top', '2.5'], '--top needs a whole number from 1 to 50'],
    [['--top=x'], '--top needs a whole number from 1 to 50'],
    [['--top'], '--top needs a whole number from 1 to 50'],
    [['--knowledge'], '--knowledge needs a folder, e.g. --knowledge ./knowledge'],
    [['--knowledge='], '--knowledge needs a folder, e.g. --knowledge ./knowledge'],
    [['--bogus'], 'unknown option --bogus (try --help)'],
    [['--json=yes'], '--json takes no value'],
  ])('refuses %j with a message that says what is expected', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
