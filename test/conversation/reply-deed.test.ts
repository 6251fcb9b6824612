/**
 * A reply that is a deed: "وبماذا ردت أوكرانيا؟" (and how did Ukraine respond?) just after ¶33 (Russia
 * took about a fifth of Ukraine) is ¶34, "انتقمت أوكرانيا …" (Ukraine retaliated), the next sentence,
 * which opens on who the question asks to reply though it points back at nothing with "this". Two rules
 * together: a country right after the verb is that verb's subject (ردت stands for no earlier "she"),
 * and the next sentence opening on that subject is the reply.
 */
import { describe, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { runScript } from './script.js';

const engine = loadEngine();

describe('a reply told as a deed', () => {
  it('is the next sentence, opening on who replies', () => {
    runScript(engine, [
      { ask: 'متى غزت روسيا أوكرانيا؟', first: '32' },
      { ask: 'وهل استطاعت السيطرة على العاصمة؟', first: '33' },
      { ask: 'وكم أخذت من أراضيها؟', first: '33' },
      { ask: 'وبماذا ردت أوكرانيا؟', first: '34', why: 'Ukraine retaliated, right after the Russian advance' },
    ]);
  });

  it('a place further from the verb is no subject: "he" still stands for someone', () => {
    runScript(engine, [
      { ask: 'ماذا قال زيلنسكي عن المحادثات؟' },
      { ask: 'وهل شارك في مكالمة ترامب وبوتين؟', first: '17', why: 'he is Zelensky, absent from the call; شارك is no place' },
    ]);
  });
});
