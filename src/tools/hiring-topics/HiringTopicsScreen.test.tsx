import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { waitForToast } from '../../../tests/helpers/toasts';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
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
    await waitFor(async () => expect(feature.progress(await stored(caseId)).total).toBe(21));
    await waitFor(() => expect(priorityOrder()).toEqual(['i5']));
    expect(screen.getByText('Tag med til samtalen')).toBeTruthy();
    const report = hiringTopicsReport(await stored(caseId), 'en');
    expect(report?.blocks).toContainEqual({ kind: 'list', items: ['Job description'] });
    // The list goes into the interview, with the limit said there too (helbredsoplysningsloven § 2).
    expect(JSON.stringify(report)).toContain('must not become questions about the applicant’s health');
  });

  it('ranks an own topic by its rating among the built-in ones', async () => {
    const caseId = await setup();
    await screen.findByRole('group', { name: /^Funktionsbeskrivelse:/ });
    rate(/^Funktionsbeskrivelse:/, 'Ret vigtigt');
    rate(/^Risiko og sikkerhed:/, 'Lidt vigtigt');
    fireEvent.click(screen.getByRole('button', { name: /Tilføj eget emne/ }));
    const field = await screen.findByLabelText('Emne', {}, { timeout: 3000 });
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.input(field, { target: { value: 'Nattevagter' } });
    await screen.findByRole('group', { name: /^Nattevagter:/ });
    rate(/^Nattevagter:/, 'Meget vigtigt');
    await waitFor(() => expect(priorityOrder()).toHaveLength(3));
    expect(priorityOrder()[0]).toMatch(/^c-/);
    expect(priorityOrder().slice(1)).toEqual(['i5', 'i12']);
    await waitFor(async () => expect(feature.progress(await stored(caseId))).toMatchObject({ total: 22 }));
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
    await waitFor(async () => expect(feature.progress(await stored(caseId)).total).toBe(21));
    await (await waitForToast()).action?.run();
    await waitFor(() => expect(priorityOrder()).toHaveLength(1));
    await waitFor(async () =>
      expect(feature.progress(await stored(caseId))).toMatchObject({ answered: 1, total: 22 }),
    );
  });

  it('clears a rating, taking the topic off the list', async () => {
    await setup();
    await screen.findByRole('group', { name: /^Funktionsbeskrivelse:/ });
    rate(/^Funktionsbeskrivelse:/, 'Meget vigtigt');
    await waitFor(() => expect(priorityOrder()).toEqual(['i5']));
    const group = screen.getByRole('group', { name: /^Funktionsbeskrivelse:/ });
    // "Ryd" sits under the scale, outside the group of answers, so it never moves them.
    const card = group.closest('li') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: /^Ryd/ }));
    await waitFor(() => expect(priorityOrder()).toEqual([]));
  });

  it('writes the recruitment plan with the sources on screen, and prints it in the PDF section', async () => {
    const caseId = await setup();
    const heading = await screen.findByRole('heading', { name: 'Rekruttering og samtale' });
    expect(heading).toBeTruthy();
    expect(
      screen.getByText(/helbredsoplysningsloven § 2 må en arbejdsgiver kun spørge til sygdom/),
    ).toBeTruthy();
    expect(screen.getByText(/nok afstand til sine egne psykiske vanskeligheder/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Kilder: Helbredsoplysningsloven § 2/ })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Hvem sidder i udvalget?'), {
      target: { value: 'Leder, en kollega og en peer fra Peer-Netværket' },
    });
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(1));
    const report = hiringTopicsReport(await stored(caseId), 'en');
    expect(report?.blocks).toContainEqual({ kind: 'heading', text: 'Recruitment and the interview' });
    expect(report?.blocks).toContainEqual({
      kind: 'answer',
      question: 'The hiring panel: Who is on the panel?',
      answer: 'Leder, en kollega og en peer fra Peer-Netværket',
    });
  });
});
