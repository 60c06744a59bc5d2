import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { ReadinessScreen } from './ReadinessScreen';
import { readinessReport } from './report';

function setup() {
  return renderToolScreen(ReadinessScreen, { organisation: 'Distriktspsykiatrien' });
}

const stored = storedSnapshot;

/** Picks an answer ("Koldt", "Lunt", "Ved ikke", …) for the statement numbered `n`. */
async function answer(n: number, label: string) {
  const group = await screen.findByRole('group', { name: new RegExp(`^${n}\\. `) });
  fireEvent.click(within(group).getByRole('radio', { name: new RegExp(label) }));
}

describe('Readiness screen', () => {
  it('shows the total, its reading and the weakest statements with their advice', async () => {
    const caseId = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Start målingen' }));
    const values = ['Varmt', 'Lunt', 'Lunt', 'Køligt', 'Lunt', 'Lunt', 'Koldt', 'Lunt', 'Køligt', 'Ved ikke'];
    for (const [i, label] of values.entries()) {
      await answer(i + 1, label);
      await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(i + 1));
    }
    // 4+3+3+2+3+3+1+3+2 = 24 over nine known answers → 26.7 → 27 on the 10–40 scale.
    // The result follows the tenth answer a frame after its tap: nine answers read 27 too.
    expect(await screen.findByText(/besvaret med "ved ikke"/)).toBeTruthy();
    expect(screen.getByTestId('readiness-total').textContent).toBe('27 af 40');
    expect(screen.getByText('Lunt – godt på vej')).toBeTruthy();
    const workOn = screen.getByRole('heading', {
      name: 'Det kan I arbejde med før ansættelsen',
    }).parentElement;
    const items = within(workOn as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Supervision og sparring med andre peer-medarbejdere er sikret.',
      'Kollegerne ved, hvad en peer-rolle er, og er blevet inddraget.',
      'Vi er åbne for, at peer-medarbejderen udfordrer den måde, vi plejer at arbejde på.',
    ]);
    expect(
      within(items[0] as HTMLElement).getByText('Sørg for sparring med andre peer-medarbejdere'),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /Temperatur pr. udsagn/ })).toBeTruthy();

    const report = readinessReport(await stored(caseId), 'da');
    expect(report?.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Temperatur: 27 af 40. Lunt – godt på vej.',
    });
    expect(report?.blocks.some((b) => b.kind === 'chart')).toBe(true);
  });

  it('takes the check again as a new round and compares the two', async () => {
    const caseId = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Start målingen' }));
    await answer(1, 'Køligt');
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'Tag målingen igen' }));
    await screen.findByRole('heading', { name: 'Sammenlign runder' });
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(0));
    await answer(1, 'Varmt');
    await waitFor(async () => {
      const rows = screen
        .getAllByRole('row')
        .filter((row) => row.textContent?.includes('Ledelsen bakker op'));
      expect(rows.some((row) => row.textContent?.includes('+2 varmere'))).toBe(true);
    });
    const rounds = (await stored(caseId)).rounds;
    // Saved without a name, shown as "Runde N" in Danish and "Round N" in English.
    expect(rounds.map((r) => r.data.name)).toEqual(['', '']);
    expect(screen.getAllByRole('option', { name: /^Runde 2/ }).length).toBeGreaterThan(0);
    const report = readinessReport(await stored(caseId), 'en');
    expect(report?.blocks[0]).toMatchObject({ kind: 'heading', text: expect.stringMatching(/^Round 2 · /) });
    expect(report?.blocks.at(-1)).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/Peerstart’s own/),
    });
  });
});
