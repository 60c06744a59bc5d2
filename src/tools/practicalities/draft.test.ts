import type { AgreedStar } from '../../tool-kit/offers';
import { draftFunctionDescription } from './draft';

const item = (id: string, label: string, value: number, note = '') => ({
  id,
  label,
  value,
  valueLabel: String(value),
  note,
});

const star: AgreedStar = {
  roundName: 'Første samtale',
  date: '2025-03-04',
  items: [
    item('one-to-one', 'Individuelle peer-samtaler', 4, 'Mindst 3 om ugen'),
    item('own-experience', 'Bevidst brug af egne erfaringer', 4),
    item('groups', 'Grupper og gruppeforløb', 3),
    item('practical', 'Praktisk hverdagsstøtte', 2, 'Fx indkøb\n og ærinder'),
    item('teaching', 'Undervisning og oplæg', 1),
    item('general-tasks', 'Generelle medarbejderopgaver', 0),
  ],
};

describe('drafting a function description from the agreed Role Star', () => {
  it('groups the tasks into core (4), important (3), part (2) and not part of the role (0–1)', () => {
    expect(draftFunctionDescription(star, 'da', 'Peer-medarbejder i botilbud')).toBe(
      [
        'Funktionsbeskrivelse: Peer-medarbejder i botilbud',
        '',
        'Udkast ud fra den aftalte rollestjerne (Første samtale, 4. marts 2025). Ret det til, så det passer.',
        '',
        'Kerneopgaver',
        '- Individuelle peer-samtaler: Mindst 3 om ugen',
        '- Bevidst brug af egne erfaringer',
        '',
        'Vigtige opgaver',
        '- Grupper og gruppeforløb',
        '',
        'Også en del af rollen',
        '- Praktisk hverdagsstøtte: Fx indkøb og ærinder',
        '',
        'Ikke en fast del af rollen',
        '- Undervisning og oplæg',
        '- Generelle medarbejderopgaver',
      ].join('\n'),
    );
  });

  it('writes English, leaves out empty groups, and copes with an unnamed, undated round', () => {
    const text = draftFunctionDescription(
      { roundName: ' ', date: '', items: [item('groups', 'Groups and group courses', 3)] },
      'en',
    );
    expect(text).toBe(
      [
        'Job description',
        '',
        'Draft from the agreed Role Star (unnamed). Edit it until it fits.',
        '',
        'Important tasks',
        '- Groups and group courses',
      ].join('\n'),
    );
  });
});
