import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { RoleMappingScreen } from './RoleMappingScreen';
import { roleMappingReport } from './report';

function setup() {
  return renderToolScreen(RoleMappingScreen, { organisation: 'Socialpsykiatrien' });
}

const stored = storedSnapshot;

const card = async (name: string) => screen.findByRole('region', { name });

describe('Role mapping screen', () => {
  it('gathers settings with a peer role into "Her kan I starte", highest priority first', async () => {
    const caseId = await setup();
    fireEvent.click(within(await card('Botilbud')).getByRole('radio', { name: 'Kunne indføres' }));
    const housing = await card('Botilbud');
    fireEvent.click(await within(housing).findByRole('radio', { name: '2 – senere' }));
    fireEvent.input(within(housing).getByLabelText(/Hvad ville en peer-rolle lave her/), {
      target: { value: 'Samtaler med beboerne' },
    });
    const dropIn = await card('Aktivitets- og samværstilbud');
    fireEvent.click(within(dropIn).getByRole('radio', { name: 'Findes' }));
    fireEvent.click(await within(dropIn).findByRole('radio', { name: '1 – først' }));
    fireEvent.click(
      within(await card('Psykiatrisk sengeafsnit')).getByRole('radio', { name: 'Ikke aktuelt nu' }),
    );

    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(3));
    const start = await card('Her kan I starte');
    await waitFor(() =>
      expect(
        within(start)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('strong')?.textContent),
      ).toEqual(['Aktivitets- og samværstilbud', 'Botilbud']),
    );
    const report = roleMappingReport(await stored(caseId), 'da');
    expect(report?.blocks[1]).toEqual({
      kind: 'list',
      items: [
        'Aktivitets- og samværstilbud – Findes, 1 – først',
        'Botilbud – Kunne indføres, 2 – senere – Samtaler med beboerne',
      ],
    });
  });
});
