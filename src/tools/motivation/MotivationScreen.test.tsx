import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { waitForToast } from '../../../tests/helpers/toasts';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { MotivationScreen } from './MotivationScreen';
import { motivationReport } from './report';

function setup() {
  return renderToolScreen(MotivationScreen, { organisation: 'Bostedet' });
}

const stored = storedSnapshot;

describe('Motivation screen', () => {
  it('saves an answer as it is typed and counts it on the case overview', async () => {
    const caseId = await setup();
    const field = await screen.findByLabelText(/Hvad har inspireret jer/);
    fireEvent.input(field, { target: { value: 'Et besøg hos naboteamet' } });
    await waitFor(async () => {
      expect(feature.progress(await stored(caseId))).toMatchObject({ answered: 1, total: 3 });
    });
    const report = motivationReport(await stored(caseId), 'en');
    expect(report?.blocks).toContainEqual({
      kind: 'answer',
      question: 'What has inspired you to want to hire a peer worker?',
      answer: 'Et besøg hos naboteamet',
    });
  });

  it('adds an own question, removes it, and brings it back with undo', async () => {
    const caseId = await setup();
    fireEvent.click(await screen.findByRole('button', { name: /Tilføj eget spørgsmål/ }));
    const question = await screen.findByLabelText('Spørgsmål');
    await waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.input(question, { target: { value: 'Hvem i teamet skal med?' } });
    await waitFor(async () => expect(feature.progress(await stored(caseId)).total).toBe(4));

    fireEvent.click(
      await screen.findByRole('button', { name: /Fjern spørgsmålet: Hvem i teamet skal med\?/ }),
    );
    await waitFor(async () => expect(feature.progress(await stored(caseId)).total).toBe(3));
    const undo = (await waitForToast()).action;
    expect(undo?.label).toBe('Fortryd');
    await undo?.run();
    await waitFor(async () => expect(feature.progress(await stored(caseId)).total).toBe(4));
    expect(await screen.findByDisplayValue('Hvem i teamet skal med?')).toBeTruthy();
  });

  it('has no report before anything is written', async () => {
    const caseId = await setup();
    expect(motivationReport(await stored(caseId), 'da')).toBeNull();
  });
});
