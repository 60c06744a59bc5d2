import { normalisePracticalities, parseHours, practicalitiesProgress } from './model';
import { textBlocks } from './report';

describe('practicalities model', () => {
  it('counts a section as filled when anything in it is answered', () => {
    expect(practicalitiesProgress(normalisePracticalities({}))).toEqual({ answered: 0, total: 8 });
    const state = normalisePracticalities({
      peerEducation: 'no',
      hours: '25',
      termsNote: '  ',
      supervisionHowOften: 'Hver 4. uge',
      functionDescription: 'Kerneopgaver …',
    });
    expect(practicalitiesProgress(state)).toEqual({ answered: 4, total: 8 });
  });

  it('keeps the peer worker’s answers and the openness points by known id, and counts each section once', () => {
    const state = normalisePracticalities({
      voice: { worth: 'Ja', limits: 'Min familie', ghost: 'x', needs: 3 },
      disclosure: { colleagues: 'At jeg har erfaringer', 'former-treaters': '   ' },
      wellbeingPlan: 'Tilbydes alle',
    });
    expect(state.voice).toEqual({ worth: 'Ja', limits: 'Min familie' });
    expect(state.disclosure).toEqual({ colleagues: 'At jeg har erfaringer', 'former-treaters': '   ' });
    expect(practicalitiesProgress(state)).toEqual({ answered: 3, total: 8 });
  });

  it('turns garbage into a valid state: unknown options unset, texts capped, wrong types emptied', () => {
    const state = normalisePracticalities({
      peerEducation: 'maybe',
      terms: 'fleksjob',
      hours: 25,
      sparring: 'x'.repeat(9000),
      supervisionWho: ['Anne'],
      functionDescription: 'y'.repeat(30_000),
      nonsense: true,
    });
    expect(state.peerEducation).toBeNull();
    expect(state.terms).toBe('fleksjob');
    expect(state.hours).toBe('');
    expect(state.sparring).toHaveLength(4000);
    expect(state.supervisionWho).toBe('');
    expect(state.functionDescription).toHaveLength(20_000);
    expect(Object.keys(state)).not.toContain('nonsense');
    for (const garbage of [null, 1, 'x', []]) {
      expect(practicalitiesProgress(normalisePracticalities(garbage)).answered).toBe(0);
    }
  });

  it('reads weekly hours and flags those outside the recommended 12–37', () => {
    expect(parseHours('25')).toEqual({ hours: 25, valid: true, outside: false });
    expect(parseHours('37,5')).toEqual({ hours: 37.5, valid: true, outside: true });
    expect(parseHours('8')).toEqual({ hours: 8, valid: true, outside: true });
    expect(parseHours('12')).toMatchObject({ outside: false });
    expect(parseHours(' ')).toEqual({ hours: null, valid: true, outside: false });
    expect(parseHours('tyve')).toEqual({ hours: null, valid: false, outside: false });
  });

  it('prints free text as paragraphs and bulleted lists', () => {
    expect(textBlocks('Titel\n\nKerneopgaver\n- Samtaler\n- Grupper\nSlut')).toEqual([
      { kind: 'paragraph', text: 'Titel' },
      { kind: 'paragraph', text: 'Kerneopgaver' },
      { kind: 'list', items: ['Samtaler', 'Grupper'] },
      { kind: 'paragraph', text: 'Slut' },
    ]);
  });
});
