import { describe, expect, it } from 'vitest';
import { isSurveyCode, SURVEY_CODES } from './survey-codes.js';

describe('survey codes', () => {
  it('are unique and described in English and Vietnamese', () => {
    expect(new Set(SURVEY_CODES.map((c) => c.code)).size).toBe(SURVEY_CODES.length);
    expect(SURVEY_CODES).toHaveLength(11);
    for (const c of SURVEY_CODES) {
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.term.length).toBeGreaterThan(10);
    }
  });

  it('recognises only its own codes', () => {
    expect(isSurveyCode('LITERACY1_15_35')).toBe(true);
    expect(isSurveyCode('literacy1_15_35')).toBe(false);
    expect(isSurveyCode('toString')).toBe(false);
  });
});
