import {
  disclosureItems,
  PEER_EDUCATION_OPTIONS,
  PRACTICALITIES_SECTIONS,
  peerEducationLabels,
  practicalitiesSections,
  TERMS_OPTIONS,
  termsLabels,
  voicePrompts,
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

  it('states the current terms: FOA’s agreement, local pay, funktionærloven, fleksjob and løntilskud, benefits and § 56 as a choice', () => {
    const facts = (practicalitiesSections.terms.facts ?? []).map((fact) => fact.text.da).join(' ');
    expect(practicalitiesSections.terms.intro.da).toMatch(/løntilskudsjob for førtidspensionister/);
    expect(practicalitiesSections.terms.intro.da).not.toMatch(/gode råd/);
    expect(facts).toMatch(/FOA’s overenskomst for peer-medarbejdere.*protokollat 5.*ufordelagtig/);
    expect(facts).toMatch(/løn og arbejdstid aftales ofte lokalt/);
    expect(facts).toMatch(/ikke en overenskomstmæssigt anerkendt kompetence/);
    expect(facts).toMatch(
      /i gennemsnit arbejder mere end 8 timer om ugen og udfører en af de typer arbejde, loven opregner/,
    );
    expect(facts).toMatch(/prøvetid er højst 3 måneder og skal være aftalt skriftligt/);
    expect(facts).toMatch(
      /fleksjob.*varige og væsentlige begrænsninger.*ikke til den, der får førtidspension/,
    );
    expect(facts).toMatch(/løntilskudsjob er derimod kun for den, der får førtidspension/);
    expect(facts).toMatch(/§ 56-aftale efter sygedagpengeloven.*kun for fravær på grund af den sygdom/);
    expect(facts).toMatch(/førtidspension.*boligstøtte.*sagsbehandler/);
    expect(facts).toMatch(/kan hun eller han vælge at søge en § 56-aftale/);
    expect(facts).toMatch(/frivillig trivselsplan til alle medarbejdere/);
    expect(practicalitiesSections.terms.advice).toBe('equal-terms');
  });

  it('gives the peer worker’s own thoughts and the openness agreement stable ids and both languages', () => {
    expect(voicePrompts.map((p) => p.id)).toEqual(['worth', 'different', 'limits', 'needs']);
    expect(disclosureItems.map((p) => p.id)).toEqual([
      'colleagues',
      'people-supported',
      'own-records',
      'former-treaters',
      'review',
    ]);
    expect(voicePrompts.slice(0, 3).map((p) => p.prompt.da)).toEqual([
      'Er mine erfaringer noget værd her?',
      'Hvor anderledes skal jeg være?',
      'Hvor går mine grænser?',
    ]);
    for (const item of [...voicePrompts, ...disclosureItems]) {
      for (const lang of LANGS) expect(item.prompt[lang].trim() && item.hint[lang].trim()).not.toBe('');
    }
  });
});
