// Issue 22: in a volunteer case, Jobstart is the start as a volunteer: no employee welcome, but the
// association's introduction, the volunteer agreement, insurance and expenses; counted by kind.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { type JobStartItem, jobStartItems } from '../../../content/job-start';
import { forKind } from '../../../content/types';
import { seed } from '../../../tests/helpers/seed';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { employmentWords, toolText } from '../../../tests/helpers/volunteer-text';
import { feature } from './feature';
import { JobStartScreen } from './JobStartScreen';
import { jobStartProgress, normaliseJobStart } from './model';
import { jobStartReport } from './report';

const VOLUNTEER_TOTAL = forKind<JobStartItem>(jobStartItems, 'volunteer').length;

describe('Job start in a volunteer case', () => {
  it('shows the start as a volunteer, counts its own items, and its PDF has no employment words', async () => {
    const caseId = await renderToolScreen(
      JobStartScreen,
      { organisation: 'Foreningen Lyspunktet', kind: 'volunteer' },
      // j1 (the employee welcome) is done in the data, but is not in a volunteer case.
      (id) => seed.field(id, 'job-start', ['items', 'j1', 'done'], true),
    );
    await screen.findByText(`0 af ${VOLUNTEER_TOTAL} klaret`);
    expect(document.querySelector('[data-item="j1"]')).toBeNull();
    for (const title of [
      'Introduktion til foreningen',
      'Frivilligaftalen er skrevet under',
      'Forsikringen er tjekket',
      'Udgifter og godtgørelse er forklaret',
      'Sparring med andre frivillige peers er sat i gang',
      'Tavshedspligten er afklaret',
    ])
      expect(screen.getByRole('checkbox', { name: title })).toBeTruthy();
    expect(employmentWords(toolText(), 'da')).toEqual([]);
    const options = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options).toContain('Koordinator');

    const item = document.querySelector<HTMLElement>('[data-item="j14"]') as HTMLElement;
    fireEvent.input(within(item).getByLabelText('Ansvarlig'), { target: { value: 'Koordinator' } });
    fireEvent.click(within(item).getByRole('checkbox', { name: 'Frivilligaftalen er skrevet under' }));
    await screen.findByText(`1 af ${VOLUNTEER_TOTAL} klaret`);
    await waitFor(async () =>
      expect(feature.progress(await storedSnapshot(caseId))).toMatchObject({
        answered: 1,
        total: VOLUNTEER_TOTAL,
      }),
    );
    for (const lang of ['da', 'en'] as const) {
      const report = jobStartReport(await storedSnapshot(caseId), lang);
      const text = `${report?.title} ${JSON.stringify(report?.blocks)}`;
      expect(employmentWords(text, lang), lang).toEqual([]);
      const items = report?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : [])) ?? [];
      expect(items).toHaveLength(VOLUNTEER_TOTAL);
    }
  });

  it('counts by kind: an employment counts the employee welcome, a volunteer the volunteer items', () => {
    const state = normaliseJobStart({ items: { j1: { done: true }, j13: { done: true } } });
    const employment = forKind<JobStartItem>(jobStartItems, 'employment').length;
    expect(jobStartProgress(state, 'employment')).toEqual({ answered: 1, total: employment });
    expect(jobStartProgress(state, 'volunteer')).toEqual({ answered: 1, total: VOLUNTEER_TOTAL });
    expect(employment).toBe(12);
    expect(VOLUNTEER_TOTAL).toBe(15);
  });
});
