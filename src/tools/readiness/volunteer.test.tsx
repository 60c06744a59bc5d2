// Issue 22: a volunteer case's readiness check has ten statements of its own kind, in an
// association's words, and neither its screen nor its PDF reads like an employment.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { employmentWords, toolText } from '../../../tests/helpers/volunteer-text';
import { feature } from './feature';
import { ReadinessScreen } from './ReadinessScreen';
import { readinessReport } from './report';

async function answer(n: number, label: string) {
  const group = await screen.findByRole('group', { name: new RegExp(`^${n}\\. `) });
  fireEvent.click(within(group).getByRole('radio', { name: new RegExp(label) }));
}

describe('Readiness check in a volunteer case', () => {
  it('rates ten statements of its own, counts only them, and reads as an association', async () => {
    const caseId = await renderToolScreen(ReadinessScreen, {
      organisation: 'Foreningen Lyspunktet',
      kind: 'volunteer',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Start målingen' }));
    expect(await screen.findByRole('group', { name: /^1\. Bestyrelsen bakker aktivt op/ })).toBeTruthy();
    expect(
      screen.getByRole('group', { name: /^6\. Det er afklaret, hvilke udgifter foreningen dækker/ }),
    ).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Løn og vilkår/ })).toBeNull();
    expect(screen.queryByRole('group', { name: /^11\. / })).toBeNull();
    expect(feature.progress(await storedSnapshot(caseId))).toMatchObject({ answered: 0, total: 10 });

    // The coolest three: 6 (expenses and insurance), 4 (the other volunteers) and 3.
    const values = ['Varmt', 'Varmt', 'Lunt', 'Køligt', 'Varmt', 'Koldt', 'Varmt', 'Varmt', 'Varmt', 'Varmt'];
    for (const [i, label] of values.entries()) {
      await answer(i + 1, label);
      await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(i + 1));
    }
    expect(feature.progress(await storedSnapshot(caseId))).toMatchObject({ answered: 10, total: 10 });
    // 4+4+3+2+4+1+4+4+4+4 = 34: ten answers, no conversion.
    expect((await screen.findByTestId('readiness-total')).textContent).toBe('34 af 40');
    expect(
      screen.getByRole('heading', { name: 'Det kan I arbejde med, før den frivillige peer starter' }),
    ).toBeTruthy();
    expect(employmentWords(toolText(), 'da')).toEqual([]);

    for (const lang of ['da', 'en'] as const) {
      const report = readinessReport(await storedSnapshot(caseId), lang);
      const text = JSON.stringify(report?.blocks.filter((block) => block.kind !== 'chart'));
      expect(employmentWords(text, lang), lang).toEqual([]);
    }
    const report = readinessReport(await storedSnapshot(caseId), 'da');
    expect(report?.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Temperatur: 34 af 40. Varmt – klar til at gå i gang.',
    });
    expect(JSON.stringify(report?.blocks)).toMatch(/Udgifter og forsikring afklaret/);
  });
});
