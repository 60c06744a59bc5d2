import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { clearDatabase, dumpDatabase, seedCases } from '../../../tests/helpers/database';
import { exportCases } from '../../backup/backup-io';
import { LangProvider } from '../../i18n';
import { setLastBackupAt } from '../../storage/case-bundles';
import { db } from '../../storage/db';
import { Toasts } from '../../ui/Toasts';
import { BackupImport } from './BackupImport';
import { BackupReminder } from './BackupReminder';

afterEach(cleanup);
beforeEach(clearDatabase);

function chooseFile(content: string, name = 'kopi.json') {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function renderImport(lang: 'da' | 'en' = 'da') {
  return render(
    <LangProvider initial={lang}>
      <BackupImport />
      <Toasts />
    </LangProvider>,
  );
}

test('a file that is not a backup gets a clear message and nothing is written', async () => {
  await seedCases(1);
  const before = await dumpDatabase();
  renderImport();
  chooseFile('Kære leder');
  expect((await screen.findByRole('alert')).textContent).toContain('ikke en Peerstart-sikkerhedskopi');
  expect(await dumpDatabase()).toEqual(before);
});

test('the preview lists the file’s cases and cancelling writes nothing', async () => {
  await seedCases(2);
  const text = JSON.stringify(await exportCases());
  await clearDatabase();
  renderImport();
  chooseFile(text);
  expect(await screen.findByText('Indhold i kopi.json')).toBeTruthy();
  expect(screen.getByText('Bostedet Åbrinken 0 – Peer-medarbejder')).toBeTruthy();
  expect(screen.getAllByText(/4 redskaber udfyldt, 2 runder/)).toHaveLength(2);
  expect(screen.queryByText('Findes allerede på denne enhed')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
  expect(await screen.findByText('Intet er importeret.')).toBeTruthy();
  expect(await db.cases.count()).toBe(0);
});

test('a case that is already here is flagged, and "keep both" adds a marked copy', async () => {
  await seedCases(1);
  const text = JSON.stringify(await exportCases());
  renderImport();
  chooseFile(text);
  expect(await screen.findByText('Findes allerede på denne enhed')).toBeTruthy();
  const keepBoth = screen.getByLabelText(/Behold begge/) as HTMLInputElement;
  expect(keepBoth.checked).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Importér' }));
  expect(await screen.findByText('1 forløb er importeret.')).toBeTruthy();
  const names = (await db.cases.toArray()).map((c) => c.organisation).sort();
  expect(names).toEqual(['Bostedet Åbrinken 0', 'Bostedet Åbrinken 0 (importeret)']);
});

test('in English the newer-version refusal is English', async () => {
  await seedCases(1);
  const file = await exportCases();
  renderImport('en');
  chooseFile(JSON.stringify({ ...file, formatVersion: 7 }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'The file was made by a newer version of Peerstart (format 7). Update the app first.',
  );
});

test('the case list reminder says when cases changed since the last backup', async () => {
  await seedCases(2);
  render(
    <LangProvider initial="da">
      <BackupReminder />
    </LangProvider>,
  );
  expect(await screen.findByText(/Husk en sikkerhedskopi/)).toBeTruthy();
  expect(screen.getByText('Der er ikke taget en sikkerhedskopi endnu.')).toBeTruthy();
  await setLastBackupAt(1_790_000_100_000);
  await waitFor(() =>
    expect(screen.getByTestId('backup-status').textContent).toContain('1 forløb er ændret siden da.'),
  );
  await setLastBackupAt(Date.now());
  await waitFor(() =>
    expect(screen.getByTestId('backup-status').textContent).toContain('Alle ændringer er med i den.'),
  );
  expect(screen.queryByText(/Husk en sikkerhedskopi/)).toBeNull();
});
