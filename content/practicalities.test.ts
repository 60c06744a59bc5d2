import {
  PEER_EDUCATION_OPTIONS,
  PRACTICALITIES_SECTIONS,
  peerEducationLabels,
  practicalitiesSections,
  TERMS_OPTIONS,
  termsLabels,
} from './practicalities';
import { LANGS } from './types';

describe('practicalities content', () => {
  it('has a title and an introduction in both languages for every section, once each', () => {
    expect(new Set(PRACTICALITIES_SECTIONS).size).toBe(PRACTICALITIES_SECTIONS.length);
    expect(Object.keys(practicalitiesSections).sort()).toEqual([...PRACTICALITIES_SECTIONS].sort());
    for (const section of PRACTICALITIES_SECTIONS) {
      for (const lang of LANGS) {
        expect(practicalitiesSections[section].title[lang].trim()).not.toBe('');
        expect(practicalitiesSections[section].intro[lang].trim()).not.toBe('');
      }
    }
  });

  it('labels every option of its choices in both languages, with distinct labels', () => {
    for (const [options, labels] of [
      [PEER_EDUCATION_OPTIONS, peerEducationLabels],
      [TERMS_OPTIONS, termsLabels],
    ] as const) {
      expect(Object.keys(labels).sort()).toEqual([...options].sort());
      for (const lang of LANGS) {
        const texts = Object.values(labels).map((label) => label[lang]);
        expect(new Set(texts).size).toBe(options.length);
      }
    }
  });

  it('gives the hours fact from the sources (typically 20–30, recommended 12–37)', async () => {
    const { practicalitiesText } = await import('./practicalities');
    expect(practicalitiesText.hoursHint.da).toMatch(/20–30.*12 og 37/);
    expect(practicalitiesText.hoursHint.en).toMatch(/20–30.*12 and 37/);
  });
});
