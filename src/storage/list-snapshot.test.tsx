import { render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCase, deleteAllData, deleteCase, loadCaseSnapshot, updateCaseField, useCase } from './cases';
import { db } from './db';
import {
  readListSnapshot,
  refreshListSnapshotLine,
  SNAPSHOT_LINES,
  writeListSnapshot,
} from './list-snapshot';

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Sets the clock (Date only: timers stay real) so that edits made in one millisecond still order. */
function clockAt(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
}

async function allCases() {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

describe('the case list snapshot', () => {
  test('holds only what the list shows, for its first page', async () => {
    for (let i = 0; i < SNAPSHOT_LINES + 3; i++)
      await createCase({ organisation: `Sted ${i}`, note: 'Hemmelig note' });
    writeListSnapshot(await allCases());
    const snapshot = readListSnapshot();
    expect(snapshot?.total).toBe(SNAPSHOT_LINES + 3);
    expect(snapshot?.lines).toHaveLength(SNAPSHOT_LINES);
    expect(JSON.stringify(localStorage)).not.toContain('Hemmelig');
  });

  test('a deleted case leaves the snapshot at once, and "delete all" empties it', async () => {
    const gone = await createCase({ organisation: 'Slettes' });
    await createCase({ organisation: 'Bliver' });
    writeListSnapshot(await allCases());
    await deleteCase(gone);
    expect(readListSnapshot()?.lines.map((line) => line.organisation)).toEqual(['Bliver']);
    expect(await loadCaseSnapshot(gone)).toBeUndefined();
    await deleteAllData();
    expect(readListSnapshot()).toBeNull();
  });

  test('a name typed on the case screen is in the snapshot, so the next start paints it, not the old one', async () => {
    clockAt(1_000);
    const older = await createCase({ organisation: 'Gammelt navn' });
    clockAt(2_000);
    await createCase({ organisation: 'Nyere' });
    writeListSnapshot(await allCases());
    // The case screen reads the case; the list is not on screen, so it is not live.
    function CaseScreen() {
      return <p>{useCase(older)?.organisation}</p>;
    }
    const screen = render(<CaseScreen />);
    await screen.findByText('Gammelt navn');
    clockAt(3_000);
    await updateCaseField(older, 'organisation', 'Bostedet Lyngen');
    await waitFor(() =>
      expect(readListSnapshot()?.lines.map((line) => line.organisation)).toEqual([
        'Bostedet Lyngen',
        'Nyere',
      ]),
    );
    expect(readListSnapshot()?.total).toBe(2);
    screen.unmount();
  });

  test('a new case joins the snapshot; a deleted one never comes back from a late read', async () => {
    clockAt(1_000);
    await createCase({ organisation: 'Først' });
    writeListSnapshot(await allCases());
    clockAt(2_000);
    const added = await createCase({ organisation: 'Ny' });
    const record = await db.cases.get(added);
    if (!record) throw new Error('not stored');
    refreshListSnapshotLine(record);
    // Written once the tab is idle.
    await waitFor(() =>
      expect(readListSnapshot()).toMatchObject({
        total: 2,
        lines: [{ organisation: 'Ny' }, { organisation: 'Først' }],
      }),
    );
    await deleteCase(added);
    refreshListSnapshotLine(record);
    expect(readListSnapshot()).toMatchObject({ total: 1, lines: [{ organisation: 'Først' }] });
  });

  test('an unreadable snapshot counts as none', () => {
    localStorage.setItem('peerstart.list.v1', '{"lines": 5');
    expect(readListSnapshot()).toBeNull();
  });
});
