import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The JSON Lines contract is what our tools (eval, bench, CI scripts) rely on: exactly one output
// line per input line, in order, stdout carrying nothing else.
const run = (input: string, args: string[] = []) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json', ...args], {
    input,
    encoding: 'utf8',
    cwd: new URL('../..', import.meta.url).pathname,
  });

describe('npm run ask -- --json', () => {
  it('answers each line with one JSON line, in order, quoting story sentences verbatim', () => {
    const lines = [
      { id: 'a', text: 'what did Peskov say about Kursk?' },
      { id: 'b', text: 'ماذا قال بيسكوف عن كورسك؟' },
      { id: 'c', text: 'capital of France?' },
    ];
    const out = run(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`)
      .trim()
      .split('\n');
    expect(out).toHaveLength(3);
    const rs = out.map((l) => JSON.parse(l));
    expect(rs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rs[0].abstained).toBe(false);
    expect(rs[0].answers[0].ref).toBe('23');
    expect(rs[0].answers[0].text).toBe('وقال المتحدث باسم بوتين بيسكوف إن هذا “مستحيل”.');
    expect(rs[0].answers[0].story).toBe('bbc-2025-02-12-trump-putin-call');
    expect(typeof rs[0].ms).toBe('number');
    expect(rs[2].abstained).toBe(true);
    expect(rs[2].answers).toEqual([]);
  });

  it('keeps a conversation across lines sharing "chat"', () => {
    const out = run(
      [
        { id: '1', chat: 'x', text: 'What did Peskov say about Kursk?' },
        { id: '2', chat: 'x', text: 'what else did he say?' },
        { id: '3', text: 'what else did he say?' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].answers[0].ref).toBe('23');
    expect(out[0].answers[0].label).toBe('23–24.1');
    expect(out[0].answers[0].parts.map((p: { ref: string }) => p.ref)).toEqual(['23', '24.1']);
    // "he" is Peskov, and "else" asks for what he said that the first five answers did not show.
    expect(out[1].answers[0].ref).toBe('24.2');
    // Without the chat, the same words have nothing to refer back to.
    expect(out[2].abstained).toBe(true);
  });

  it('offers choices for an ambiguous question, and a line with the number picks one', () => {
    const out = run(
      [
        { id: '1', chat: 'y', text: 'what did he say about elections?' },
        { id: '2', chat: 'y', text: '2' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].choices).toEqual([
      { person: 'trump', name: { en: 'Trump', ar: 'ترامب' }, answer: 0 },
      { person: 'zelensky', name: { en: 'Zelensky', ar: 'زيلنسكي' }, answer: 1 },
    ]);
    expect(out[1].answers.map((a: { label: string }) => a.label)).toEqual(['28']);
    expect(out[1].choices).toBeUndefined();
  });

  it('answers a malformed line with an error line and goes on', () => {
    const input = ['not json', '{"id": 5, "text": "x"}', '{"id": "k"}', '[1,2]', '', '{"id":"ok","text":"peskov"}'].join('\n');
    const out = run(`${input}\n`)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({ id: null, error: expect.stringContaining('JSON') });
    expect(out[1]).toEqual({ id: null, error: expect.stringContaining('"id"') });
    expect(out[2]).toEqual({ id: 'k', error: expect.stringContaining('"text"') });
    expect(out[3].error).toBeTruthy();
    expect(out[4].error).toBeTruthy();
    expect(out[5].abstained).toBe(false);
  });

  it('asks one story alone when a line names it, and says so when no such story is loaded', () => {
    const lines = [
      { id: 's', story: 'bbc-2025-02-12-trump-putin-call', text: 'what did Peskov say about Kursk?' },
      { id: 'u', story: 'no-such-story', text: 'what did Peskov say about Kursk?' },
      { id: 'n', story: 7, text: 'Peskov' },
    ];
    const out = run(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].answers[0].ref).toBe('23');
    expect(out[1]).toEqual({ id: 'u', error: expect.stringContaining('no story "no-such-story" is loaded; loaded: bbc-2025-02-12-trump-putin-call') });
    expect(out[2]).toEqual({ id: 'n', error: expect.stringContaining('"story"') });
  });

  it('honours --top', () => {
    const out = JSON.parse(run('{"id":"t","text":"Zelensky"}\n', ['--top', '2']));
    expect(out.answers.length).toBeLessThanOrEqual(2);
  });
});
