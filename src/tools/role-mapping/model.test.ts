import { mappingEntries, mappingProgress, normaliseMapping, startList } from './model';

describe('role mapping model', () => {
  it('counts settings with a status, own settings included', () => {
    const state = normaliseMapping({
      rows: { s1: { status: 'exists' }, s4: { role: 'Samtaler' }, 'c-1': { status: 'not-now' } },
      custom: { 'c-1': { text: 'Misbrugscenter', order: 1 } },
    });
    expect(mappingProgress(state)).toEqual({ answered: 2, total: 12 });
  });

  it('lists where to start: existing or possible roles by priority, unprioritised last, ties in list order', () => {
    const state = normaliseMapping({
      rows: {
        s1: { status: 'possible', priority: 2 },
        s2: { status: 'not-now', priority: 1 },
        s3: { status: 'exists' },
        s4: { status: 'possible', priority: 1 },
        s6: { status: 'exists', priority: 2 },
        'c-9': { status: 'possible', priority: 1 },
      },
      custom: { 'c-9': { text: 'Eget sted', order: 1 } },
    });
    expect(startList(state).map(({ entry }) => entry.id)).toEqual(['s4', 'c-9', 's1', 's6', 's3']);
  });

  it('turns garbage into a valid state', () => {
    const state = normaliseMapping({
      rows: {
        s1: { status: 'maybe', priority: 7.2, role: 5, note: 'n'.repeat(9000) },
        s2: 'nonsense',
        s99: { status: 'exists' },
        'c-removed': { status: 'exists' },
      },
      custom: [],
    });
    expect(state.rows.s1).toEqual({ priority: 3, role: '', initiatives: '', note: 'n'.repeat(2500) });
    expect(state.rows.s2).toEqual({ role: '', initiatives: '', note: '' });
    expect(Object.keys(state.rows).sort()).toEqual(['s1', 's2']);
    expect(mappingEntries(normaliseMapping(null))).toHaveLength(11);
  });
});
