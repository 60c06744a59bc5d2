// Issue 22: a volunteer case's Motivation screen and PDF speak of an association, never an employment.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { employmentWords, toolText } from '../../../tests/helpers/volunteer-text';
import { feature } from './feature';
import { MotivationScreen } from './MotivationScreen';
import { motivationReport } from './report';

describe('Motivation in a volunteer case', () => {
  it('asks in an association’s words, counts the three questions, and its PDF has no employment words', async () => {
    const caseId = await renderToolScreen(MotivationScreen, {
      organisation: 'Foreningen Lyspunktet',
      kind: 'volunteer',
    });
    const field = await screen.findByLabelText(
      /Hvad har inspireret jer til at ville have en frivillig peer i foreningen\?/,
    );
    expect(employmentWords(toolText(), 'da')).toEqual([]);
    expect(screen.queryByText(/ansætte en peer-medarbejder/)).toBeNull();

    fireEvent.input(field, { target: { value: 'Et medlem, der selv havde fået hjælp af en peer' } });
    await waitFor(async () => {
      expect(feature.progress(await storedSnapshot(caseId))).toMatchObject({ answered: 1, total: 3 });
    });
    for (const lang of ['da', 'en'] as const) {
      const report = motivationReport(await storedSnapshot(caseId), lang);
      const text = JSON.stringify(report?.blocks);
      expect(employmentWords(text, lang), lang).toEqual([]);
    }
    expect(motivationReport(await storedSnapshot(caseId), 'en')?.blocks).toContainEqual({
      kind: 'answer',
      question: 'What has inspired you to want a volunteer peer in the association?',
      answer: 'Et medlem, der selv havde fået hjælp af en peer',
    });
  });
});
