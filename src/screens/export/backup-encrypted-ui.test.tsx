// The passphrase screens of the backup (issue 13): making a protected backup (its checks, the
// default when the device lock is on) and opening one (a wrong passphrase writes nothing).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import { clearDatabase, dumpDatabase, seedCases } from '../../../tests/helpers/database';
import { ITERATIONS_MIN } from '../../backup/backup-crypto';
import { decryptBackup, openBackupText, writeEncryptedBackupText } from '../../backup/backup-file';
import { exportCases } from '../../backup/backup-io';
import { LangProvider } from '../../i18n';
import { db } from '../../storage/db';
import { Toasts } from '../../ui/Toasts';
import { BackupExportButton } from './BackupExportButton';
import { BackupImport } from './BackupImport';

const downloads: File[] = [];
vi.mock('../../files/share', () => ({
  canShareFile: () => false,
  shareFile: async () => 'failed',
  downloadFile: (file: File) => {
    downloads.push(file);
  },
}));

// The device lock's flag (the lock itself is not part of these tests).
const lock = vi.hoisted(() => ({ on: false }));
vi.mock('../../storage/lock/lock-flag', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../storage/lock/lock-flag')>()),
  isLockOn: () => lock.on,
}));

afterEach(() => {
  cleanup();
  lock.on = false;
});
beforeEach(async () => {
  downloads.length = 0;
  await clearDatabase();
});

const PASSPHRASE = 'Blå hest på engen 42';

function chooseFile(content: string, name = 'kopi.json') {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function renderWith(children: preact.ComponentChildren, lang: 'da' | 'en' = 'da') {
  return render(
    <LangProvider initial={lang}>
      {children}
      <Toasts />
    </LangProvider>,
  );
}

async function encryptedFile(): Promise<string> {
  const written = await writeEncryptedBackupText(await exportCases(), PASSPHRASE, ITERATIONS_MIN);
  if (!written.ok) throw new Error('export refused');
  return written.text;
}

test('an encrypted file asks for its passphrase; a wrong one is refused with nothing written, the right one opens the preview', async () => {
  await seedCases(2);
  const text = await encryptedFile();
  await db.cases.delete('case-1');
  const before = await dumpDatabase();
  renderWith(<BackupImport />);
  chooseFile(text);
  expect(
    await screen.findByRole('heading', { name: 'kopi.json er beskyttet med en adgangssætning' }),
  ).toBeTruthy();
  const field = screen.getByLabelText('Adgangssætning') as HTMLInputElement;
  expect(field.type).toBe('password');
  await waitFor(() => expect(document.activeElement).toBe(field));
  expect(document.querySelector('input[type="file"]')).toBeNull();

  type('Adgangssætning', 'blå hest på engen 42');
  fireEvent.click(screen.getByRole('button', { name: 'Åbn filen' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^Forkert adgangssætning/);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(await dumpDatabase()).toEqual(before);

  type('Adgangssætning', PASSPHRASE);
  fireEvent.submit(field.form as HTMLFormElement);
  expect(await screen.findByText('Indhold i kopi.json')).toBeTruthy();
  expect(screen.getByText('Findes allerede på denne enhed')).toBeTruthy();
  expect(await dumpDatabase()).toEqual(before);
  fireEvent.click(screen.getByRole('button', { name: 'Importér' }));
  expect(await screen.findByText('2 forløb er importeret.')).toBeTruthy();
  expect((await db.cases.get('case-1'))?.organisation).toBe('Bostedet Åbrinken 1');
});

test('cancelling at the passphrase writes nothing and brings the file button back', async () => {
  await seedCases(1);
  const text = await encryptedFile();
  await clearDatabase();
  renderWith(<BackupImport />);
  chooseFile(text);
  await screen.findByLabelText('Adgangssætning');
  fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
  expect(await screen.findByText('Intet er importeret.')).toBeTruthy();
  expect(document.querySelector('input[type="file"]')).not.toBeNull();
  expect(await db.cases.count()).toBe(0);
});

test('a damaged encrypted file gets the broken-file message', async () => {
  await seedCases(1);
  const file = JSON.parse(await encryptedFile());
  file.encryption.iterations = 1e12;
  renderWith(<BackupImport />);
  chooseFile(JSON.stringify(file));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Filen er afkortet eller beskadiget og kan ikke læses.',
  );
});

test('the passphrase screen is English in English', async () => {
  await seedCases(1);
  const text = await encryptedFile();
  renderWith(<BackupImport />, 'en');
  chooseFile(text, 'backup.json');
  await screen.findByRole('heading', { name: 'backup.json is protected with a passphrase' });
  type('Passphrase', 'wrong passphrase');
  fireEvent.click(screen.getByRole('button', { name: 'Open the file' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/^Wrong passphrase/);
});

test('a backup is unprotected by default; protecting it checks the passphrase before anything is made', async () => {
  await seedCases(1);
  renderWith(<BackupExportButton />);
  const protect = screen.getByLabelText('Beskyt med adgangssætning') as HTMLInputElement;
  expect(protect.checked).toBe(false);
  expect(screen.queryByLabelText('Adgangssætning')).toBeNull();
  fireEvent.click(protect);
  expect(screen.getByText(/Glemmer du adgangssætningen, kan sikkerhedskopien ikke åbnes/)).toBeTruthy();

  type('Adgangssætning', 'kort');
  type('Skriv adgangssætningen igen', 'kort');
  fireEvent.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Adgangssætningen skal være på mindst 8 tegn.');
  expect(document.activeElement).toBe(screen.getByLabelText('Adgangssætning'));

  type('Adgangssætning', PASSPHRASE);
  type('Skriv adgangssætningen igen', `${PASSPHRASE}!`);
  fireEvent.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }));
  expect((await screen.findByRole('alert')).textContent).toContain('ikke ens');
  expect(document.activeElement).toBe(screen.getByLabelText('Skriv adgangssætningen igen'));
  expect(downloads).toHaveLength(0);
});

test('a protected backup downloads as an encrypted file that opens with the passphrase, and the fields are cleared', async () => {
  await seedCases(2);
  renderWith(<BackupExportButton />);
  fireEvent.click(screen.getByLabelText('Beskyt med adgangssætning'));
  type('Adgangssætning', PASSPHRASE);
  type('Skriv adgangssætningen igen', PASSPHRASE);
  fireEvent.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' }));
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
  const [file] = downloads;
  if (!file) throw new Error('no download');
  expect(file.name).toMatch(/^peerstart-sikkerhedskopi-alle-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await file.text();
  expect(text).not.toContain('Bostedet');
  const opened = openBackupText(text);
  if (opened.ok !== 'locked') throw new Error('not encrypted');
  const read = await decryptBackup(opened.envelope, PASSPHRASE);
  expect(read.ok && read.backup.cases.map((entry) => entry.case.id).sort()).toEqual(['case-0', 'case-1']);
  expect(await screen.findByText(/beskyttet med adgangssætning\.$/)).toBeTruthy();
  expect((screen.getByLabelText('Adgangssætning') as HTMLInputElement).value).toBe('');
});

test('with the device lock on, the passphrase option starts ticked', async () => {
  lock.on = true;
  await seedCases(1);
  renderWith(<BackupExportButton caseId="case-0" caseName="Bostedet" />);
  expect((screen.getByLabelText('Beskyt med adgangssætning') as HTMLInputElement).checked).toBe(true);
  expect(screen.getByLabelText('Adgangssætning')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Gem sikkerhedskopi af forløbet' })).toBeTruthy();
});
