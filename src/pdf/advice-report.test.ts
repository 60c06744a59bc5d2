import { employmentOnlyWords } from '../../content/case-kinds';
import type { CaseSnapshot } from '../storage/cases';
import { reportSources } from '../tool-kit/tools-context';
import { features } from '../tools/registry';
import { adviceReport } from './advice-report';
import { collectSections } from './collect-report';

function snapshot(toolDocs: CaseSnapshot['toolDocs']): CaseSnapshot {
  return { case: { id: 'c1' } as CaseSnapshot['case'], toolDocs, rounds: [] };
}

describe('the five pieces of advice in the PDF', () => {
  it('lists all five with the details of råd 2 and 3, and names the source', () => {
    const section = adviceReport('da');
    expect(section.title).toBe('Peer-Netværkets 5 gode råd');
    const list = section.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toHaveLength(5);
    const items = list?.kind === 'list' ? list.items : [];
    expect(items[1]).toMatch(/risikerer peer-medarbejderen at miste sit fokus/);
    expect(items[2]).toMatch(/"tæt på brugerne"/);
    expect(items[2]).toMatch(/peer-faglige kurser/);
    expect(section.blocks.at(-1)).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/Peer-Netværket/),
    });
    expect(adviceReport('en').title).toBe('Peer-Netværket’s five pieces of advice');
  });

  it('closes a whole case’s PDF, but not a single tool’s or an empty one', async () => {
    const doc = {
      caseId: 'c1',
      tool: 'motivation',
      data: { answers: { m1: 'En borger inspirerede os' } },
      updatedAt: 1,
    };
    const whole = await collectSections(snapshot([doc]), 'da', reportSources(features));
    expect(whole.map((s) => s.tool)).toEqual(['motivation', 'advice']);
    const one = await collectSections(snapshot([doc]), 'da', reportSources(features), ['motivation']);
    expect(one.map((s) => s.tool)).toEqual(['motivation']);
    expect(await collectSections(snapshot([]), 'da', reportSources(features))).toEqual([]);
  });
});

describe('the five pieces of advice in a volunteer case’s PDF', () => {
  it('speaks of volunteer peers and the association, with no employment word', () => {
    for (const lang of ['da', 'en'] as const) {
      const section = adviceReport(lang, 'volunteer');
      const text = JSON.stringify(section);
      expect(
        employmentOnlyWords(lang)
          .filter((word) => word.test(text))
          .map(String),
        lang,
      ).toEqual([]);
    }
    const items = adviceReport('da', 'volunteer').blocks.find((b) => b.kind === 'list');
    expect(items?.kind === 'list' && items.items[4]).toMatch(/^Vælg den rette frivillige\. Vær kritisk/);
    expect(adviceReport('da').blocks).not.toEqual(adviceReport('da', 'volunteer').blocks);
  });
});
