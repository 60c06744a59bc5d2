// Issue 22: a volunteer case settles an association's topics (no pay or terms; expenses, insurance,
// børneattest, public benefits), prepares a first conversation rather than a job interview, keeps
// the health warning, and neither its screen nor its PDF reads like an employment.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { employmentOnlyWords } from '../../../content/case-kinds';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { CaseKindProvider } from '../../i18n';
import type { ToolScreenProps } from '../types';
import { setRecruitmentAnswer } from './actions';
import { feature } from './feature';
import { HiringTopicsScreen } from './HiringTopicsScreen';
import { hiringTopicsReport } from './report';

function VolunteerScreen(props: ToolScreenProps) {
  return (
    <CaseKindProvider kind="volunteer">
      <HiringTopicsScreen {...props} />
    </CaseKindProvider>
  );
}

/**
 * The tool's own text on screen. Left out: the shared advice notes (content/advice.ts) and the
 * source names (content/sources.ts), which are citations of other files, checked there.
 */
function toolText(): string {
  const body = document.querySelector('.tool-body')?.cloneNode(true) as HTMLElement;
  for (const node of body.querySelectorAll('.advice-note, .recruitment-source')) node.remove();
  return body.textContent ?? '';
}

function employmentWords(text: string, lang: 'da' | 'en'): string[] {
  return employmentOnlyWords(lang)
    .filter((word) => word.test(text))
    .map(String);
}

function rate(topic: RegExp, label: string) {
  fireEvent.click(within(screen.getByRole('group', { name: topic })).getByLabelText(label));
}

describe('Hiring topics in a volunteer case', () => {
  it('rates the association’s topics, counts only them, and its PDF keeps the health warning', async () => {
    const caseId = await renderToolScreen(VolunteerScreen, {
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
    expect(employmentWords(toolText(), 'da')).toEqual([]);

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
