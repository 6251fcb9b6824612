/**
 * A role a "who" question asks the holder of (roles.ts) is an office (knowledge/thesaurus/offices.en.txt:
 * *sultan*, *governor*), never a name. WordNet lists named people under the kinds of leader and ruler as
 * instances (*Mandela*, *Jackson*, *Joseph*); read as offices, "Who did Jackson marry?" was refused by a
 * story whose answer sentence says "he", two sentences after the one naming him.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

const lines = (name: string) => [
  `Thomas ${name} grew up on a farm in Virginia.`,
  'The farm lies on the West Fork River.',
  'Farmers there grow maize and keep cattle.',
  'In 1853 he married Elinor Junkin, the daughter of a college president.',
];
const knowledge = knowledgeWith({ 'en-jackson': { lines: lines('Jackson'), language: 'en' }, 'en-kowalski': { lines: lines('Kowalski'), language: 'en' } });
const engine = createEngine({ knowledge });
const ask = (q: string, story: string) => {
  const r = engine.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a name is no office', () => {
  it('lists offices, not the named people WordNet files under them', () => {
    const offices = knowledge.offices;
    for (const office of ['sultan', 'governor', 'president', 'king']) expect(offices?.has(office), office).toBe(true);
    for (const name of ['jackson', 'mandela', 'joseph', 'james', 'hussein', 'napoleon']) expect(offices?.has(name), name).toBe(false);
  });

  it('answers "who did Jackson marry?" as it answers it of a name WordNet lacks', () => {
    expect(ask('Who did Kowalski marry?', 'en-kowalski')).toBe('4');
    expect(ask('Who did Jackson marry?', 'en-jackson')).toBe('4');
  });
});
