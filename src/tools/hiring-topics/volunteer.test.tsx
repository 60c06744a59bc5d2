// Issue 22: a volunteer case settles an association's topics (no pay or terms; expenses, insurance,
// børneattest, public benefits), prepares a first conversation rather than a job interview, keeps
// the health warning, and neither its screen nor its PDF reads like an employment.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { employmentWords, toolText } from '../../../tests/helpers/volunteer-text';
import { setRecruitmentAnswer } from './actions';
import { feature } from './feature';
import { HiringTopicsScreen } from './HiringTopicsScreen';
import { hiringTopicsReport } from './report';

/**
 * The tool's own text on screen. Left out: the shared advice notes (content/advice.ts) and the
 * source names (content/sources.ts), which are citations of other files, checked there.
 */
function rate(topic: RegExp, label: string) {
  fireEvent.click(within(screen.getByRole('group', { name: topic })).getByLabelText(label));
}

describe('Hiring topics in a volunteer case', () => {
  it('rates the association’s topics, counts only them, and its PDF keeps the health warning', async () => {
    const caseId = await renderToolScreen(HiringTopicsScreen, {
      organisation: 'Foreningen Lyspunktet',
      kind: 'volunteer',
    });
    await screen.findByRole('group', { name: /^Frivilligaftale:/ });
    expect(screen.queryByRole('group', { name: /^Løn, titel, timetal og vilkår:/ })).toBeNull();
    for (const title of [
      /^Udgifter og godtgørelse:/,
      /^Forsikring:/,
      /^Børneattest:/,
      /^Frivillig på en offentlig ydelse:/,
    ])
      expect(screen.getByRole('group', { name: title })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Hvem tager den første samtale' })).toBeTruthy();
    // 15 shared topics, 4 of the association's own, and the 5 recruitment steps.
    expect(feature.progress(await storedSnapshot(caseId))).toMatchObject({ answered: 0, total: 24 });
    expect(employmentWords(toolText('.advice-note, .recruitment-source'), 'da')).toEqual([]);

    rate(/^Udgifter og godtgørelse:/, 'Afgørende');
    rate(/^Trivsel, fleksibilitet og hensyn:/, 'Meget vigtigt');
    rate(/^Forsikring:/, 'Ved ikke');
    await setRecruitmentAnswer(caseId, 'health', 'Vi spørger, hvordan hun vil bruge sine erfaringer.');
    await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(4));
    expect(feature.progress(await storedSnapshot(caseId)).total).toBe(24);

    for (const lang of ['da', 'en'] as const) {
      const report = hiringTopicsReport(await storedSnapshot(caseId), lang);
      expect(employmentWords(JSON.stringify(report?.blocks), lang), lang).toEqual([]);
    }
    const report = hiringTopicsReport(await storedSnapshot(caseId), 'da');
    expect(report?.blocks).toContainEqual({ kind: 'heading', text: 'Til den første samtale' });
    expect(report?.blocks).toContainEqual({
      kind: 'list',
      items: ['Udgifter og godtgørelse', 'Trivsel, fleksibilitet og hensyn'],
    });
    expect(JSON.stringify(report)).toContain('må ikke blive til spørgsmål om den frivilliges helbred');
    expect(report?.blocks).toContainEqual({
      kind: 'answer',
      question: 'Helbred og egne erfaringer: Hvad taler I om – og hvad lader I være?',
      answer: 'Vi spørger, hvordan hun vil bruge sine erfaringer.',
    });
  });
});
