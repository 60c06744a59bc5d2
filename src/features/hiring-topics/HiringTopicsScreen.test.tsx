import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { toasts } from '../../ui/toast-store';
import { feature } from './feature';
import { HiringTopicsScreen } from './HiringTopicsScreen';
import { hiringTopicsReport } from './report';

function setup() {
  return renderToolScreen(HiringTopicsScreen, { organisation: 'Bostedet' });
}

const stored = storedSnapshot;

function rate(topic: RegExp, label: string) {
  const group = screen.getByRole('group', { name: topic });
  fireEvent.click(within(group).getByLabelText(label));
}

function priorityOrder(): string[] {
  const list = document.querySelector('.priority-list');
  return [...(list?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-topic') ?? '');
}

describe('Hiring topics screen', () => {
  it('saves a rating, counts it on the overview, and lists the topic for the interview', async () => {
    const caseId = await setup();
    await screen.findByRole('group', { name: /^Funktionsbeskrivelse:/ });
    rate(/^Funktionsbeskrivelse:/, 'Afgørende');
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(1));
    expect(feature.progress(await stored(caseId)).total).toBe(15);
    await waitFor(() => expect(priorityOrder()).toEqual(['i5']));
    expect(screen.getByText('Tag med til samtalen')).toBeTruthy();
    const report = hiringTopicsReport(await stored(caseId), 'en');
    expect(report?.blocks).toContainEqual({ kind: 'list', items: ['Function description'] });
  });

  it('ranks an own topic by its rating among the built-in ones', async () => {
    const caseId = await setup();
    await screen.findByRole('group', { name: /^Funktionsbeskrivelse:/ });
    rate(/^Funktionsbeskrivelse:/, 'Noget');
    rate(/^Risiko og sikkerhed:/, 'Lidt');
    fireEvent.click(screen.getByRole('button', { name: /Tilføj eget emne/ }));
    const field = await screen.findByLabelText('Emne');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.input(field, { target: { value: 'Nattevagter' } });
    await screen.findByRole('group', { name: /^Nattevagter:/ });
    rate(/^Nattevagter:/, 'Meget');
    await waitFor(() => expect(priorityOrder()).toHaveLength(3));
    expect(priorityOrder()[0]).toMatch(/^c-/);
    expect(priorityOrder().slice(1)).toEqual(['i5', 'i12']);
    await waitFor(async () => expect(feature.progress(await stored(caseId))).toMatchObject({ total: 16 }));
  });

  it('removes an own topic with its rating, and brings both back with undo', async () => {
    const caseId = await setup();
    fireEvent.click(await screen.findByRole('button', { name: /Tilføj eget emne/ }));
    fireEvent.input(await screen.findByLabelText('Emne'), { target: { value: 'Bil' } });
    await screen.findByRole('group', { name: /^Bil:/ });
    rate(/^Bil:/, 'Afgørende');
    await waitFor(() => expect(priorityOrder()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Fjern emnet: Bil' }));
    await waitFor(() => expect(priorityOrder()).toHaveLength(0));
    expect(feature.progress(await stored(caseId)).total).toBe(15);
    await toasts.get().at(-1)?.action?.run();
    await waitFor(() => expect(priorityOrder()).toHaveLength(1));
    expect(feature.progress(await stored(caseId))).toMatchObject({ answered: 1, total: 16 });
  });

  it('clears a rating, taking the topic off the list', async () => {
    await setup();
    await screen.findByRole('group', { name: /^Funktionsbeskrivelse:/ });
    rate(/^Funktionsbeskrivelse:/, 'Meget');
    await waitFor(() => expect(priorityOrder()).toEqual(['i5']));
    const group = screen.getByRole('group', { name: /^Funktionsbeskrivelse:/ });
    // "Ryd" sits under the scale, outside the group of answers, so it never moves them.
    const card = group.closest('li') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: /^Ryd/ }));
    await waitFor(() => expect(priorityOrder()).toEqual([]));
  });
});
