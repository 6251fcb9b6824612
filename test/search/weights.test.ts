import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS as o } from '../../src/search/defaults.js';
import { baseWeight, IDF_FLOOR, idfAmong, kindScale, maxIdfAmong } from '../../src/search/weights.js';

describe('unit weights (one module for query, rank, follow-ups)', () => {
  it('gives rarer units more weight, never less than the floor', () => {
    expect(idfAmong(100, 1)).toBeCloseTo(1 + Math.log(50));
    expect(idfAmong(100, 1)).toBeGreaterThan(idfAmong(100, 10));
    expect(idfAmong(3, 1000)).toBe(Math.max(IDF_FLOOR, 1 + Math.log(3 / 4)));
    expect(idfAmong(1, 1)).toBeCloseTo(1 + Math.log(1 / 2));
    expect(idfAmong(0, 0)).toBe(IDF_FLOOR);
    // A unit none of the sentences holds weighs what a unit in none of them would.
    expect(maxIdfAmong(100)).toBeCloseTo(idfAmong(100, 0));
    expect(maxIdfAmong(100)).toBeGreaterThan(idfAmong(100, 1));
  });

  it('weighs a unit the sentences lack as the rarest word, a common one as a share of that', () => {
    const max = maxIdfAmong(50);
    expect(baseWeight(undefined, max, {}, o)).toBe(max);
    expect(baseWeight(undefined, max, { common: true }, o)).toBeCloseTo(max * o.commonUnknown);
    expect(baseWeight(3, max, {}, o)).toBe(3);
    // A paraphrase reached only by translation weighs no more than an unknown common word.
    expect(baseWeight(max, max, { capped: true }, o)).toBeCloseTo(max * o.commonUnknown);
  });

  it('scales people and names up, actions and framing words down', () => {
    expect(kindScale('person', o)).toBe(o.personWeight);
    expect(kindScale('place', o)).toBe(o.nameWeight);
    expect(kindScale('org', o)).toBe(o.nameWeight);
    expect(kindScale('action', o)).toBe(o.actionWeight);
    expect(kindScale('term', o, true)).toBe(o.actionWeight);
    expect(kindScale('term', o)).toBe(1);
  });
});
