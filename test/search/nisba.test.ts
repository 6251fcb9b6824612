import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The story names the place (روسيا); the question says its adjective (الروسي, "Russian").
const STORY = [
  'وصلت روسيا إلى اتفاق مع جيرانها بعد سنوات من الحرب في المنطقة.',
  'وقال المتحدث إن روسيا لن تتراجع عن موقفها.',
  'واجتاحت القوات المنطقة منذ ثلاث سنوات.',
];
const index = buildIndex(knowledgeWith({ 'ar-place': { lines: STORY, language: 'ar' } }));

describe('an Arabic adjective of a place', () => {
  it('matches where the story names the place (الروسي → روسيا)', () => {
    const unit = parseQuery(index, 'ما هو الموقف الروسي؟').units.find((u) => u.label === 'الروسي');
    expect(unit?.alts.map((a) => a.key)).toContain('ar:روسيا');
  });
});
