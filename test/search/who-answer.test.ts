import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { NAME_ANSWER, PERSON_ANSWER, parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'The library opened in 1963 on the north side of the campus.',
  'The mural on the library was painted in 1964.',
  'The mural on the library was painted by the artist John Smithers.',
  'Smithers later taught painting in Chicago.',
];

describe('an Arabic question opening on "who" (من)', () => {
  const index = buildIndex(knowledgeWith({ library: { lines: EN_STORY, language: 'en' } }));
  const top = (question: string, options: SearchOptions = SEARCH_DEFAULTS) => {
    const p = parseQuery(index, question, options);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, options);
    return index.sentences[hits[0]?.gid ?? -1]?.sentence.text;
  };

  it('asks for a person, unless it asks who someone is', () => {
    expect(parseQuery(index, 'من رسم الجدارية على المكتبة؟', SEARCH_DEFAULTS).answerTypes).toContain(PERSON_ANSWER);
    expect(parseQuery(index, 'ومن رسم الجدارية؟', SEARCH_DEFAULTS).answerTypes).toContain(PERSON_ANSWER);
    expect(parseQuery(index, 'من الذي رسم الجدارية؟', SEARCH_DEFAULTS).answerTypes).toContain(PERSON_ANSWER);
    expect(parseQuery(index, 'من هو سميذرز؟', SEARCH_DEFAULTS).answerTypes).not.toContain(PERSON_ANSWER);
    expect(parseQuery(index, 'من العرب؟', SEARCH_DEFAULTS).answerTypes).not.toContain(PERSON_ANSWER);
    // من inside a question is "from".
    expect(parseQuery(index, 'كم من الوقت استغرق رسم الجدارية؟', SEARCH_DEFAULTS).answerTypes).not.toContain(PERSON_ANSWER);
  });

  it('is answered first by the sentence that names someone the question does not name', () => {
    expect(top('من رسم الجدارية على المكتبة؟')).toContain('John Smithers');
    // Without the bonus the two sentences tie and story order decides.
    expect(top('من رسم الجدارية على المكتبة؟', { ...SEARCH_DEFAULTS, personAnswer: 0 })).toContain('in 1964');
  });
});

// An English story written for this test.
const PRIZE_STORY = [
  'The university gives a medal every spring to a Catholic of note.',
  'In 1920 the university gave the Laetare Medal to Irvin Abell, a surgeon.',
  'In 1921 the university gave a new scholarship to students of surgery.',
];

describe('an Arabic question asking "which thing" (ما + noun + التي)', () => {
  const index = buildIndex(knowledgeWith({ prize: { lines: PRIZE_STORY, language: 'en' } }));
  const top = (question: string, options: SearchOptions = SEARCH_DEFAULTS) => {
    const p = parseQuery(index, question, options);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, options);
    return index.sentences[hits[0]?.gid ?? -1]?.sentence.text;
  };

  it('asks for a name, only with a noun and a relative pronoun after ما / أي', () => {
    expect(parseQuery(index, 'ما الجائزة التي منحتها الجامعة؟', SEARCH_DEFAULTS).answerTypes).toContain(NAME_ANSWER);
    expect(parseQuery(index, 'أي الجوائز التي منحتها الجامعة؟', SEARCH_DEFAULTS).answerTypes).toContain(NAME_ANSWER);
    expect(parseQuery(index, 'ما الجائزة؟', SEARCH_DEFAULTS).answerTypes).not.toContain(NAME_ANSWER);
    // Another kind of answer asked for wins: "in which year" is a time.
    expect(parseQuery(index, 'في أي عام منحت الجامعة الجائزة؟', SEARCH_DEFAULTS).answerTypes).not.toContain(NAME_ANSWER);
  });

  it('is answered first by the sentence that names something the question does not name', () => {
    // Both later sentences say the university gave something in a year; the one naming the medal answers.
    expect(top('ما الجائزة التي منحتها الجامعة؟')).toContain('Laetare Medal');
    expect(top('ما الجائزة التي منحتها الجامعة؟', { ...SEARCH_DEFAULTS, nameAnswer: 0 })).not.toContain('Laetare Medal');
  });
});

// An English story written for this test.
const CENTRE_STORY = [
  'The centre of the university in London opened in 1998.',
  'In London the centre of the university is in Trafalgar Square, near the National Gallery.',
];

describe('an Arabic question asking "where" (أين)', () => {
  // The place type is "fresh" (knowledge/answer-types.jsonl): only a place the question does not name
  // supplies it, in Arabic as in English.
  const knowledge = knowledgeWith({ centre: { lines: CENTRE_STORY, language: 'en' } });
  const stale = { ...knowledge, answerTypes: knowledge.answerTypes.map((t) => (t.id === 'place' ? { ...t, fresh: false } : t)) };
  const top = (index: ReturnType<typeof buildIndex>) => {
    const p = parseQuery(index, 'أين يقع مركز الجامعة في لندن؟', SEARCH_DEFAULTS);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
    return index.sentences[hits[0]?.gid ?? -1]?.sentence.text;
  };

  it('is answered by a place the question does not name', () => {
    expect(top(buildIndex(knowledge))).toContain('Trafalgar Square');
    // Without it London, which the question names, supplies a place in both sentences.
    expect(top(buildIndex(stale))).toContain('in 1998');
  });
});
