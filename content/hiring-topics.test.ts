import {
  type HiringTopic,
  hiringTopics,
  hiringTopicsText,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  importanceScale,
  recruitmentItems,
} from './hiring-topics';
import { forKind, LANGS } from './types';

describe('hiring topics content', () => {
  it('has the sixteen topics i1–i16 (identity appended last), each with a title and explanation in both languages', () => {
    const employment = forKind<HiringTopic>(hiringTopics, 'employment');
    expect(employment.map((topic) => topic.id)).toEqual(Array.from({ length: 16 }, (_, i) => `i${i + 1}`));
    expect(employment.at(-1)?.title.da).toBe('Peer-identitet');
    for (const topic of hiringTopics) {
      for (const lang of LANGS) {
        expect(topic.title[lang].trim()).not.toBe('');
        expect(topic.explanation[lang].trim()).not.toBe('');
      }
    }
    const titles = hiringTopics.map((topic) => topic.title.da);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('gives a volunteer case no pay or terms, but expenses, insurance, børneattest and public benefits', () => {
    const volunteer = forKind<HiringTopic>(hiringTopics, 'volunteer');
    const ids = volunteer.map((topic) => topic.id);
    expect(ids).not.toContain('i4');
    for (const id of ['iv1', 'iv2', 'iv3', 'iv4']) expect(ids).toContain(id);
    expect(ids.filter((id) => /^i\d+$/.test(id))).toHaveLength(15);
    expect(new Set(hiringTopics.map((topic) => topic.id)).size).toBe(hiringTopics.length);
    const byId: Record<string, HiringTopic> = Object.fromEntries(
      hiringTopics.map((topic) => [topic.id, topic]),
    );
    expect(byId.iv1?.explanation.da).toMatch(/Skatterådets satser \(tjek de aktuelle satser på skat\.dk\)/);
    expect(byId.iv3?.explanation.da).toMatch(/børn under 15 år.*børneattest.*samtykke/);
    expect(byId.i5?.title.volunteer?.da).toBe('Frivilligaftale');
  });

  it('keeps the health warning for a volunteer: ask how they use their experience, not about diagnoses', () => {
    expect(hiringTopicsText.listIntro.volunteer.da).toMatch(
      /trivsel eller helbred.*må ikke blive til spørgsmål om den frivilliges helbred/,
    );
    expect(hiringTopicsText.reportAgendaWarning.volunteer.da).toMatch(
      /må ikke blive til spørgsmål om den frivilliges helbred: den frivillige bestemmer selv, hvad hun eller han fortæller/,
    );
    expect(hiringTopicsText.reportAgendaWarning.volunteer.en).toMatch(/the volunteer decides what they tell/);
    const health = recruitmentItems.find((item) => item.id === 'health');
    expect(health?.guidance.volunteer?.da).toMatch(/vil bruge sine erfaringer i rollen – ikke om diagnoser/);
    expect(health?.guidance.volunteer?.da).toMatch(/bestemmer selv, hvad hun eller han vil fortælle/);
    const panel = recruitmentItems.find((item) => item.id === 'panel');
    expect(panel?.guidance.volunteer?.da).toMatch(/Den første samtale er en forventningssamtale/);
  });

  it('rates importance on one consistent 1–5 scale with a distinct label for every step', () => {
    expect(importanceScale.map((step) => step.value)).toEqual([1, 2, 3, 4, 5]);
    expect(IMPORTANCE_MIN).toBe(1);
    expect(IMPORTANCE_MAX).toBe(5);
    for (const lang of LANGS) {
      expect(new Set(importanceScale.map((step) => step.label[lang])).size).toBe(importanceScale.length);
    }
  });

  it('warns that the top five topics must not become health questions in the interview', () => {
    expect(hiringTopicsText.listIntro.da).toMatch(
      /til samtalen\. .*trivsel eller helbred.*må ikke blive til spørgsmål om ansøgerens helbred i jobsamtalen/,
    );
    expect(hiringTopicsText.listIntro.en).toMatch(
      /must not turn into questions about the applicant’s health/,
    );
  });

  it('prepares recruitment in five steps with stable ids, from the job ad to the rejection', () => {
    expect(recruitmentItems.map((item) => item.id)).toEqual([
      'job-ad',
      'panel',
      'qualities',
      'health',
      'rejection',
    ]);
    const byId = Object.fromEntries(recruitmentItems.map((item) => [item.id, item]));
    expect(byId.panel?.guidance.da).toMatch(/peer-medarbejder eller en brugerrepræsentant/);
    expect(byId.qualities?.guidance.da).toMatch(/nok afstand til sine egne psykiske vanskeligheder/);
    expect(byId.qualities?.guidance.da).toMatch(/ser sig selv som peer/);
    expect(byId.health?.guidance.da).toMatch(
      /helbredsoplysningsloven § 2.*væsentlig betydning for arbejdsdygtigheden/,
    );
    expect(byId.health?.sources).toContain('helbredsoplysningsloven');
    expect(byId.qualities?.guidance.da).toMatch(/hvordan ansøgeren vil bruge sine erfaringer i arbejdet/);
    expect(byId.qualities?.guidance.da).toMatch(/ansøgeren, der bestemmer, hvad hun eller han fortæller/);
    expect(byId.health?.guidance.da).toMatch(/må ikke blive til spørgsmål om ansøgerens helbred/);
    for (const item of recruitmentItems) {
      for (const lang of LANGS) {
        for (const text of [item.title, item.guidance, item.prompt, item.hint])
          expect(text[lang].trim()).not.toBe('');
      }
    }
  });
});
