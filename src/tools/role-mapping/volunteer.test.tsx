// Issue 22: a volunteer case maps the association's own activities, not psychiatric or municipal
// services, and neither its screen nor its PDF reads like an employment.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { employmentWords, toolText } from '../../../tests/helpers/volunteer-text';
import { feature } from './feature';
import { RoleMappingScreen } from './RoleMappingScreen';
import { roleMappingReport } from './report';

const card = async (name: string) => screen.findByRole('region', { name });

describe('Role mapping in a volunteer case', () => {
  it('lists the association’s activities, counts only them, and its PDF has no employment words', async () => {
    const caseId = await renderToolScreen(RoleMappingScreen, {
      organisation: 'Foreningen Lyspunktet',
      kind: 'volunteer',
    });
    const groups = await card('Selvhjælps- og samtalegrupper');
    expect(screen.queryByRole('region', { name: 'Psykiatrisk sengeafsnit' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Botilbud' })).toBeNull();
    expect(await card('Værested og samvær')).toBeTruthy();
    expect(feature.progress(await storedSnapshot(caseId))).toMatchObject({ answered: 0, total: 11 });
    expect(employmentWords(toolText(), 'da')).toEqual([]);

    fireEvent.click(within(groups).getByRole('radio', { name: 'Kunne indføres' }));
    fireEvent.click(
      await within(await card('Selvhjælps- og samtalegrupper')).findByRole('radio', { name: '1 – først' }),
    );
    fireEvent.click(within(await card('Værested og samvær')).getByRole('radio', { name: 'Findes' }));
    await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(2));
    expect(feature.progress(await storedSnapshot(caseId)).total).toBe(11);

    for (const lang of ['da', 'en'] as const) {
      const report = roleMappingReport(await storedSnapshot(caseId), lang);
      expect(employmentWords(JSON.stringify(report?.blocks), lang), lang).toEqual([]);
    }
    expect(roleMappingReport(await storedSnapshot(caseId), 'da')?.blocks[1]).toEqual({
      kind: 'list',
      items: [
        'Selvhjælps- og samtalegrupper – Kunne indføres, 1 – først',
        'Værested og samvær – Findes, ingen prioritet',
      ],
    });
  });
});
