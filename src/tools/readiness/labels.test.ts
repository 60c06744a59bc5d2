import { readinessBands, readinessScale } from '../../../content/readiness';
import { makeLangApi } from '../../i18n';
import { roundName, roundTitle } from './labels';

describe('readiness labels', () => {
  const da = makeLangApi('da').t;
  const en = makeLangApi('en').t;

  it('names an unnamed round "Runde N" / "Round N" in the reader’s language', () => {
    expect(roundName(da, '', 2)).toBe('Runde 2');
    expect(roundName(en, '  ', 2)).toBe('Round 2');
  });

  it('translates a default name saved by an earlier version, and keeps a name of the workplace’s own', () => {
    expect(roundName(en, 'Runde 1', 3)).toBe('Round 1');
    expect(roundName(da, 'Round 4', 1)).toBe('Runde 4');
    expect(roundName(en, 'Efter 3 måneder', 2)).toBe('Efter 3 måneder');
    expect(roundName(en, 'Runde 1 med teamet', 2)).toBe('Runde 1 med teamet');
  });

  it('numbers a round by its place among the case’s rounds', () => {
    const rounds = [{ id: 'a' }, { id: 'b' }];
    const title = roundTitle(en, (iso) => `on ${iso}`, { id: 'b', name: '', date: '2027-03-03' }, rounds);
    expect(title).toBe('Round 2 · on 2027-03-03');
  });

  it('uses the same English words for a scale step and the band it reads as', () => {
    const step = (value: number) => readinessScale.find((s) => s.value === value)?.label.en;
    const band = (id: string) => readinessBands.find((b) => b.id === id)?.title.en ?? '';
    expect(band('cold').startsWith(`${step(1)} `)).toBe(true);
    expect(band('lukewarm').startsWith(`${step(3)} `)).toBe(true);
    expect(band('warm').startsWith(`${step(4)} `)).toBe(true);
  });
});
