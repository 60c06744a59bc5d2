import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { seed } from '../../../tests/helpers/seed';
import { waitForToast } from '../../../tests/helpers/toasts';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { PracticalitiesScreen } from './PracticalitiesScreen';
import { practicalitiesReport } from './report';

function setup(withStar: boolean) {
  return renderToolScreen(
    PracticalitiesScreen,
    { organisation: 'Bostedet', roleTitle: 'Peer-medarbejder' },
    withStar ? (caseId) => addAgreedStar(caseId) : undefined,
  );
}

function addAgreedStar(caseId: string) {
  return seed.starRound(caseId, {
    date: '2025-03-04',
    agreed: { 'one-to-one': 4, groups: 2, 'general-tasks': 0 },
  });
}

const stored = storedSnapshot;

const description = () =>
  screen.getByLabelText('Funktionsbeskrivelse', { selector: 'textarea' }) as HTMLTextAreaElement;

describe('Practicalities screen', () => {
  it('saves hours and terms, counts filled sections, and notes hours outside the recommended range', async () => {
    const caseId = await setup(false);
    fireEvent.input(await screen.findByLabelText('Timer om ugen', {}, { timeout: 3000 }), {
      target: { value: '8' },
    });
    fireEvent.click(screen.getByLabelText('Fleksjob'));
    expect(
      await screen.findByText(/8 timer ligger uden for det anbefalede/, {}, { timeout: 3000 }),
    ).toBeTruthy();
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(2));
    const report = practicalitiesReport(await stored(caseId), 'en');
    expect(report?.blocks).toContainEqual({
      kind: 'answer',
      question: 'Type of employment',
      answer: 'Flexi-job',
    });
  });

  it('explains how to get an agreed Role Star when there is none', async () => {
    const caseId = await setup(false);
    const link = await screen.findByRole('link', { name: 'Gå til rollestjernen' });
    expect(link.getAttribute('href')).toBe(`/cases/${caseId}/role-star`);
    expect(screen.queryByRole('button', { name: 'Lav udkast ud fra rollestjernen' })).toBeNull();
  });

  it('drafts the function description from the agreed star, and undoes a draft that replaced text', async () => {
    const caseId = await setup(true);
    const field = await screen.findByLabelText('Funktionsbeskrivelse', { selector: 'textarea' });
    fireEvent.input(field, { target: { value: 'Vores egen tekst' } });
    await waitFor(async () => expect(feature.progress(await stored(caseId)).answered).toBe(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Lav udkast ud fra rollestjernen' }));
    await waitFor(() => expect(description().value).toMatch(/^Funktionsbeskrivelse: Peer-medarbejder/));
    expect(description().value).toContain('Kerneopgaver\n- Individuelle peer-samtaler');
    expect(description().value).toContain('Ikke en fast del af rollen\n- Generelle medarbejderopgaver');
    await (await waitForToast('Udkastet erstattede jeres tekst.')).action?.run();
    await waitFor(() => expect(description().value).toBe('Vores egen tekst'));
  });

  it('shows the current terms with their sources, and keeps the peer worker’s thoughts and the openness agreement', async () => {
    const caseId = await setup(false);
    expect(
      await screen.findByText(/FOA’s overenskomst for peer-medarbejdere/, {}, { timeout: 3000 }),
    ).toBeTruthy();
    expect(screen.getByText(/i gennemsnit arbejder mere end 8 timer om ugen/)).toBeTruthy();
    expect(screen.getByText(/løntilskudsjob for førtidspensionister/)).toBeTruthy();
    expect(screen.getByText(/kan hun eller han vælge at søge en § 56-aftale/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kilder: FOA; Peer-Netværket 2021' })).toBeTruthy();
    // The peer worker's own parts are folded on the shared screen: not in the page until shown.
    expect(screen.queryByLabelText('Hvor går mine grænser?')).toBeNull();
    for (const fold of screen.getAllByRole('button', { name: / – vis$/ })) fireEvent.click(fold);
    fireEvent.input(screen.getByLabelText('Hvor går mine grænser?'), {
      target: { value: 'Ikke om min familie' },
    });
    fireEvent.input(screen.getByLabelText('Dine egne journaler og oplysninger'), {
      target: { value: 'Jeg slår ikke op i min egen journal' },
    });
    await waitFor(async () =>
      expect(feature.progress(await stored(caseId))).toEqual(
        expect.objectContaining({ answered: 2, total: 8 }),
      ),
    );
    const snapshot = await stored(caseId);
    const data = snapshot.toolDocs.find((d) => d.tool === 'practicalities')?.data as Record<string, unknown>;
    expect(data.voice).toEqual({ limits: 'Ikke om min familie' });
    expect(data.disclosure).toEqual({ 'own-records': 'Jeg slår ikke op i min egen journal' });
    // In a report only with the peer worker's consent for that file.
    const withoutConsent = practicalitiesReport(snapshot, 'en');
    expect(JSON.stringify(withoutConsent)).not.toContain('Ikke om min familie');
    expect(JSON.stringify(withoutConsent)).not.toContain('egen journal');
    const report = practicalitiesReport(
      snapshot,
      'en',
      new Set(['practicalities.voice', 'practicalities.disclosure'] as const),
    );
    expect(report?.blocks).toContainEqual({ kind: 'heading', text: 'The peer worker’s own thoughts' });
    expect(report?.blocks).toContainEqual({
      kind: 'answer',
      question: 'Where are my limits?',
      answer: 'Ikke om min familie',
    });
    expect(report?.blocks).toContainEqual({ kind: 'heading', text: 'An agreement on openness' });
    expect(report?.blocks).toContainEqual({
      kind: 'answer',
      question: 'Your own records',
      answer: 'Jeg slår ikke op i min egen journal',
    });
  });
});
