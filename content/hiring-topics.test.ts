import {
  hiringTopics,
  hiringTopicsText,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  importanceScale,
  recruitmentItems,
} from './hiring-topics';
import { LANGS } from './types';

describe('hiring topics content', () => {
  it('has the sixteen topics i1–i16 (identity appended last), each with a title and explanation in both languages', () => {
    expect(hiringTopics.map((topic) => topic.id)).toEqual(Array.from({ length: 16 }, (_, i) => `i${i + 1}`));
    expect(hiringTopics.at(-1)?.title.da).toBe('Peer-identitet');
    for (const topic of hiringTopics) {
      for (const lang of LANGS) {
        expect(topic.title[lang].trim()).not.toBe('');
        expect(topic.explanation[lang].trim()).not.toBe('');
      }
    }
    const titles = hiringTopics.map((topic) => topic.title.da);
    expect(new Set(titles).size).toBe(titles.length);
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
