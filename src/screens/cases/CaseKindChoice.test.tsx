import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CaseKindProvider, LangProvider } from '../../i18n';
import { caseKindOf, createCase, deleteAllData, useCase } from '../../storage/cases';
import { db } from '../../storage/db';
import { CaseDetails } from './CaseDetails';

/** The case details as the overview shows them: inside the case's kind. */
function Details({ id }: { id: string }) {
  const record = useCase(id);
  if (!record) return null;
  return (
    <CaseKindProvider kind={caseKindOf(record)}>
      <CaseDetails record={record} />
    </CaseKindProvider>
  );
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
});
afterEach(cleanup);

test('a new case is an employment; choosing a volunteer peer is stored and the form speaks of it', async () => {
  const id = await createCase();
  render(
    <LangProvider initial="da">
      <Details id={id} />
    </LangProvider>,
  );
  const employment = (await screen.findByRole('radio', {
    name: /Ansættelse af en peer-medarbejder/,
  })) as HTMLInputElement;
  expect(employment.checked).toBe(true);
  expect(screen.getByLabelText('Leder')).toBeTruthy();

  fireEvent.click(screen.getByRole('radio', { name: /Frivillig peer i en forening/ }));
  await waitFor(async () => expect((await db.cases.get(id))?.kind).toBe('volunteer'));
  expect(await screen.findByLabelText('Koordinator')).toBeTruthy();
  expect(screen.getByLabelText('Forening')).toBeTruthy();
  expect(screen.getByLabelText('Frivillig peer')).toBeTruthy();
  expect(screen.queryByLabelText('Leder')).toBeNull();
});

test('a case stored before there were kinds reads as an employment', () => {
  expect(caseKindOf({})).toBe('employment');
  expect(caseKindOf({ kind: 'something else' })).toBe('employment');
  expect(caseKindOf({ kind: 'volunteer' })).toBe('volunteer');
});
