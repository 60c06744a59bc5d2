import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { seed } from '../../../tests/helpers/seed';
import { waitForToast } from '../../../tests/helpers/toasts';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { JobStartScreen } from './JobStartScreen';
import { jobStartReport } from './report';

function setup(before?: (caseId: string) => Promise<unknown>) {
  return renderToolScreen(JobStartScreen, { organisation: 'Bostedet' }, before);
}

const stored = storedSnapshot;

const card = (id: string) => {
  const li = document.querySelector<HTMLElement>(`[data-item="${id}"]`);
  if (!li) throw new Error(`no item ${id}`);
  return li;
};

describe('Job start screen', () => {
  it('ticks an item off, counts it, and puts responsible and date in the report', async () => {
    const caseId = await setup();
    await screen.findByText('0 af 12 klaret');
    const item = card('j8');
    fireEvent.input(within(item).getByLabelText('Ansvarlig'), { target: { value: 'Leder' } });
    fireEvent.input(within(item).getByLabelText('Klar senest'), { target: { value: '2031-05-01' } });
    fireEvent.click(
      within(item).getByRole('checkbox', { name: 'Adgang til netværk med andre peer-medarbejdere' }),
    );
    await screen.findByText('1 af 12 klaret');
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(1));
    const report = jobStartReport(await stored(caseId), 'da');
    const checklist = report?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : []));
    await waitFor(async () => {
      const again = jobStartReport(await stored(caseId), 'da');
      const items = again?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : []));
      expect(items).toContainEqual({
        text: 'Adgang til netværk med andre peer-medarbejdere',
        done: true,
        detail: 'Ansvarlig: Leder · Klar senest 1. maj 2031',
      });
    });
    expect(checklist).toHaveLength(12);
  });

  it('gently points out items whose date has passed, and stops when they are done', async () => {
    await setup((caseId) => seed.field(caseId, 'job-start', ['items', 'j3', 'due'], '2020-01-01'));
    expect(await screen.findByText(/1 punkt har en dato, der er passeret/)).toBeTruthy();
    expect(within(card('j3')).getByText(/Datoen er passeret/)).toBeTruthy();
    fireEvent.click(within(card('j3')).getByRole('checkbox'));
    await waitFor(() => expect(screen.queryByText(/har en dato, der er passeret/)).toBeNull());
    expect(within(card('j3')).getByText(/^Klaret/)).toBeTruthy();
  });

  it('adds an own item to a group, and removes it with undo', async () => {
    const caseId = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Tilføj punkt til "Første uge"' }));
    const field = await screen.findByLabelText('Punkt');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.input(field, { target: { value: 'Parkeringskort' } });
    await screen.findByText('0 af 13 klaret');
    const group = screen.getByRole('region', { name: 'Første uge' });
    await within(group).findByRole('checkbox', { name: 'Parkeringskort' });
    fireEvent.click(within(group).getByRole('button', { name: 'Fjern punktet: Parkeringskort' }));
    await screen.findByText('0 af 12 klaret');
    await (await waitForToast()).action?.run();
    await screen.findByText('0 af 13 klaret');
    expect(feature.progress(await stored(caseId)).total).toBe(13);
  });
});
