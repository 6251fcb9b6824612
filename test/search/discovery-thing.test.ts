import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "Who discovered penicillin?" answered by a sentence on discovering other compounds: a discovery asked by
// *who* is of a thing, and where the story names that thing elsewhere, the answer or a sentence beside it
// (or the story's title) must name it.
const STORY = [
  'Penicillin is made from a mould that grows on bread.',
  'Doctors prescribe penicillin against many infections.',
  'Some patients are allergic to penicillin.',
  'Some bacteria have learned to resist drugs.',
  'Hospitals now test bacteria before they choose a drug.',
  'Farmers give drugs to animals as well.',
  'Rules now limit that use on farms.',
  'Prices of old drugs have fallen.',
  'In the 1990s, chemists discovered new classes of antibacterial compounds in soil.',
  'They are still being tested.',
];
const ask = (question: string, discoveryThing: number = SEARCH_DEFAULTS.discoveryThing, populationPlace: number = SEARCH_DEFAULTS.populationPlace) =>
  createEngine({
    knowledge: knowledgeWith({ drugs: { lines: STORY, language: 'en', title: 'Antibiotics' } }),
    options: { ...SEARCH_DEFAULTS, discoveryThing, populationPlace },
  }).ask(question, undefined, { story: 'drugs' });

describe('a discovery asked of a thing', () => {
  it('is refused when the answer and its neighbours speak of discovering something else', () => {
    expect(ask('Who discovered penicillin?').abstained).toBe(true);
  });

  it('is refused with populationPlace off: the two checks are apart', () => {
    expect(ask('Who discovered penicillin?', SEARCH_DEFAULTS.discoveryThing, 0).abstained).toBe(true);
  });

  it('was answered with discoveryThing off', () => {
    expect(ask('Who discovered penicillin?', 0).abstained).toBe(false);
  });

  it('is answered when the answer names the thing discovered', () => {
    const r = ask('Who discovered the new classes of antibacterial compounds?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('chemists discovered');
  });
});
