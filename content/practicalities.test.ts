import { employmentOnlyWords } from './case-kinds';
import * as practicalities from './practicalities';
import {
  disclosureItems,
  functionDraftText,
  PEER_EDUCATION_OPTIONS,
  PRACTICALITIES_SECTIONS,
  peerEducationLabels,
  practicalitiesSections,
  practicalitiesSectionsFor,
  practicalitiesText,
  TERMS_OPTIONS,
  termsLabels,
  voicePrompts,
} from './practicalities';
import { sourceById } from './sources';
import { forKind, LANGS, pickText, type Text } from './types';

/** The Danish of every volunteer-case fact in a section, as one text. */
const volunteerFacts = (section: keyof typeof practicalitiesSections, lang: 'da' | 'en' = 'da') =>
  forKind(practicalitiesSections[section].facts ?? [], 'volunteer')
    .map((fact) => pickText(fact.text, lang, 'volunteer'))
    .join(' ');

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

  describe('a volunteer case (issue 22)', () => {
    it('leaves out hours and terms and has the volunteer agreement, expenses, insurance and introduction', () => {
      expect(practicalitiesSectionsFor('employment')).toEqual([
        'qualifications',
        'hours',
        'terms',
        'supervision',
        'sparring',
        'functionDescription',
        'peerVoice',
        'disclosure',
      ]);
      expect(practicalitiesSectionsFor('volunteer')).toEqual([
        'qualifications',
        'supervision',
        'sparring',
        'functionDescription',
        'peerVoice',
        'disclosure',
        'agreement',
        'expenses',
        'insurance',
        'introduction',
      ]);
      for (const section of ['hours', 'terms'] as const)
        expect(practicalitiesSections[section].only).toBe('employment');
      for (const section of ['agreement', 'expenses', 'insurance', 'introduction'] as const)
        expect(practicalitiesSections[section].only).toBe('volunteer');
      for (const text of Object.values(termsLabels)) expect(text.only).toBe('employment');
      for (const key of [
        'hours',
        'hoursHint',
        'hoursOutside',
        'hoursNotNumber',
        'terms',
        'termsNote',
        'termsNoteHint',
      ] as const)
        expect(practicalitiesText[key].only, key).toBe('employment');
    });

    it('gives every text with a volunteer wording both languages, of the same kind as the text', () => {
      const found: string[] = [];
      const walk = (node: unknown, path: string): void => {
        if (typeof node !== 'object' || node === null) return;
        const record = node as Record<string, unknown>;
        if (record.volunteer && typeof record.volunteer === 'object') {
          const volunteer = record.volunteer as Record<string, unknown>;
          for (const lang of LANGS) {
            const kind = typeof record[lang];
            if (typeof volunteer[lang] !== kind) found.push(`${path}.volunteer.${lang}`);
            if (kind === 'string' && !String(volunteer[lang]).trim()) found.push(`${path}.volunteer.${lang}`);
          }
          return;
        }
        for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
      };
      walk(practicalities, 'practicalities');
      expect(found).toEqual([]);
    });

    it('sources every volunteer fact, each read in December 2026', () => {
      for (const section of practicalitiesSectionsFor('volunteer')) {
        for (const fact of forKind(practicalitiesSections[section].facts ?? [], 'volunteer')) {
          if (fact.only !== 'volunteer' && practicalitiesSections[section].only !== 'volunteer') continue;
          expect(fact.sources.length, fact.text.da).toBeGreaterThan(0);
          for (const id of fact.sources) expect(sourceById(id).read, id).toBe('2026-12');
        }
      }
    });

    it('states the volunteer agreement: tasks, time, who supports, confidentiality and how to stop', () => {
      const labels = [
        practicalitiesText.agreementTasks,
        practicalitiesText.agreementTime,
        practicalitiesText.agreementContact,
        practicalitiesText.agreementConfidentiality,
        practicalitiesText.agreementStop,
      ].map((text: Text) => text.da);
      expect(labels).toEqual([
        'Opgaverne',
        'Cirka hvor meget tid?',
        'Hvem støtter den frivillige peer?',
        'Tavshedspligt og personoplysninger',
        'Pause og stop',
      ]);
      const facts = volunteerFacts('agreement');
      expect(facts).toMatch(/ikke en kontrakt om betalt arbejde.*vores slutning/);
      expect(facts).toMatch(/børn under 15 år.*børneattest.*samtykke/);
      expect(facts).toMatch(/44 timer om måneden \(65 timer på efterløn\).*afgør a-kassen/);
      expect(facts).toMatch(/kontanthjælp.*står til rådighed.*førtidspension kan man som udgangspunkt/);
    });

    it('states the reimbursement rules with their year, hedged where only a non-official page has them', () => {
      const facts = volunteerFacts('expenses');
      expect(practicalitiesSections.expenses.intro.da).toMatch(/tjek de aktuelle satser på skat\.dk/);
      expect(facts).toMatch(/I 2024 var satserne 2\.450 kr\. til telefon og internet og 1\.500 kr\./);
      expect(facts).toMatch(/2\.050 kr\. i 2023/);
      expect(facts).toMatch(/ikke fra skat\.dk\. Tjek satserne for i år på skat\.dk/);
      expect(facts).toMatch(/ingen samlet sats.*ca\. 6\.000 kr\./);
      expect(facts).toMatch(/mere end satserne, bliver alle godtgørelserne skattepligtige/);
      expect(facts).toMatch(/mod kvittering\. Det er ikke indkomst/);
      expect(facts).toMatch(/kommune ikke give sine frivillige skattefri godtgørelse/);
      // No flat amount is claimed for 2025 or 2026; the 2026 figures are the driving rates.
      expect(facts).not.toMatch(/(2025|2026)[^.]*(2\.450|1\.500|2\.050)/);
      // Correction: the driving rate is the state rate; the low rate is the association's choice.
      expect(facts).toMatch(/i 2026 højst 3,94 kr\. pr\. km op til 20\.000 km om året og 2,28 kr\. derover/);
      expect(facts).toMatch(/kun den lave takst, men reglerne begrænser ikke den frivillige til den/);
      expect(facts).toMatch(/60-dages-reglen gælder ikke for frivillige/);
      expect(facts).toMatch(/fast beløb om året for kørsel er ikke tilladt/);
    });

    it('states insurance as it is: it depends on the task, and a municipality’s cover is limited', () => {
      const facts = volunteerFacts('insurance');
      expect(facts).toMatch(/afhænger af opgaven/);
      expect(facts).toMatch(/besøgsven hos Røde Kors.*regnes ikke som arbejde/);
      expect(facts).toMatch(/kollektiv ulykkesforsikring og en ansvarsforsikring/);
      expect(facts).toMatch(/egen familie- og ulykkesforsikring/);
      expect(facts).toMatch(
        /regn ikke med kommunens forsikring: en kommune kan kun forsikre frivillige, der udfører arbejde/,
      );
      expect(facts).not.toMatch(/kommunen dækker/i);
    });

    it('keeps training, supervision and sparring, without promising free CFSA courses', () => {
      expect(volunteerFacts('supervision')).toMatch(/vejledning og sparring af en koordinator/);
      expect(volunteerFacts('sparring')).toMatch(/krævende relationsarbejde/);
      expect(volunteerFacts('sparring')).toMatch(/både betalte og frivillige roller/);
      expect(volunteerFacts('introduction')).toMatch(/lukkede store dele af sine gratis tilbud/);
      expect(practicalitiesSections.introduction.intro.da).not.toMatch(/gratis/);
    });

    it('makes the function description a description of the volunteer task', () => {
      expect(pickText(practicalitiesSections.functionDescription.title, 'da', 'volunteer')).toBe(
        'Beskrivelse af den frivillige opgave',
      );
      expect(pickText(functionDraftText.heading, 'da', 'volunteer')('Café-peer')).toBe(
        'Beskrivelse af opgaven: Café-peer',
      );
      expect(pickText(functionDraftText.heading, 'en', 'volunteer')('')).toBe('Description of the task');
    });

    it('keeps the peer’s own parts, in volunteer words', () => {
      for (const lang of LANGS) {
        const texts = [
          practicalitiesSections.peerVoice.title,
          practicalitiesSections.peerVoice.intro,
          practicalitiesSections.disclosure.intro,
          ...voicePrompts.flatMap((item) => [item.prompt, item.hint]),
          ...disclosureItems.flatMap((item) => [item.prompt, item.hint]),
        ].map((text: Text) => pickText(text, lang, 'volunteer'));
        const words = employmentOnlyWords(lang).filter((word) => texts.some((text) => word.test(text)));
        expect(words).toEqual([]);
      }
      expect(pickText(practicalitiesSections.peerVoice.intro, 'da', 'volunteer')).toMatch(
        /kommer kun med i en PDF, hvis den frivillige peer selv siger ja/,
      );
    });
  });
});
