// With the lock on, nothing leaves the tablet and the lock is not loosened without the passcode
// (issue 19): the backup (also one without a passphrase) and the idle time ask for it first.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { LangProvider } from '../i18n';
import { BackupExportButton } from '../screens/export/BackupExportButton';
import { createCase, deleteAllData } from '../storage/cases';
import { db } from '../storage/db';
import { resetAttempts } from '../storage/lock/attempts';
import { enableLock } from '../storage/lock/lock';
import { readIdleMinutes } from '../storage/lock/lock-flag';
import { flushAllWrites } from '../storage/writes';
import { LockSettings } from './LockSettings';

const downloads: File[] = [];
vi.mock('../files/share', () => ({
  canShareFile: () => false,
  shareFile: async () => 'failed',
  downloadFile: (file: File) => {
    downloads.push(file);
  },
}));

const PASSCODE = 'vi drikker kaffe i haven';

beforeEach(async () => {
  downloads.length = 0;
  await db.open();
  await deleteAllData();
  await resetAttempts();
  localStorage.removeItem('peerstart.lock.idle');
  await createCase({ organisation: 'Bostedet Åen', peerName: 'Jonas' });
  await flushAllWrites();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const backupButton = () => screen.getByRole('button', { name: 'Gem sikkerhedskopi af alle forløb' });

function renderBackup() {
  render(
    <LangProvider initial="da">
      <BackupExportButton />
    </LangProvider>,
  );
  // Ticked from the start when the lock is on; without a passphrase is what must still be guarded.
  const protect = screen.getByLabelText('Beskyt med adgangssætning') as HTMLInputElement;
  if (protect.checked) fireEvent.click(protect);
}

test('with the lock off, a backup is made at once, without a passcode', async () => {
  renderBackup();
  fireEvent.click(backupButton());
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(screen.queryByRole('heading', { name: 'Bekræft med adgangskoden' })).toBeNull();
});

test('with the lock on, a backup without a passphrase waits for the passcode; a wrong one makes nothing', async () => {
  await enableLock(PASSCODE);
  renderBackup();
  fireEvent.click(backupButton());

  expect(await screen.findByRole('heading', { name: 'Bekræft med adgangskoden' })).toBeTruthy();
  const field = screen.getByLabelText('Adgangskode') as HTMLInputElement;
  expect(field.type).toBe('password');
  await waitFor(() => expect(document.activeElement).toBe(field));

  fireEvent.input(field, { target: { value: 'forkert kode her' } });
  fireEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Forkert adgangskode');
  expect(downloads).toHaveLength(0);

  fireEvent.input(screen.getByLabelText('Adgangskode'), { target: { value: PASSCODE } });
  fireEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(await downloads[0]?.text()).toContain('Bostedet Åen');
  expect(screen.queryByRole('heading', { name: 'Bekræft med adgangskoden' })).toBeNull();
});

test('cancelling the passcode makes nothing and gives the keyboard back to the button', async () => {
  await enableLock(PASSCODE);
  renderBackup();
  backupButton().focus();
  fireEvent.click(backupButton());
  await screen.findByRole('heading', { name: 'Bekræft med adgangskoden' });
  fireEvent.keyDown(screen.getByLabelText('Adgangskode'), { key: 'Escape' });
  await waitFor(() => expect(document.activeElement).toBe(backupButton()));
  expect(screen.queryByLabelText('Adgangskode')).toBeNull();
  expect(downloads).toHaveLength(0);
});

test('with the lock on, a longer idle time needs the passcode before it is kept', async () => {
  await enableLock(PASSCODE);
  render(
    <LangProvider initial="da">
      <LockSettings />
    </LangProvider>,
  );
  const idle = screen.getByLabelText('Lås automatisk efter') as HTMLSelectElement;
  expect(idle.value).toBe('5');
  fireEvent.change(idle, { target: { value: '30' } });

  await screen.findByRole('heading', { name: 'Bekræft med adgangskoden' });
  expect(idle.value).toBe('5');
  expect(readIdleMinutes()).toBe(5);

  fireEvent.input(screen.getByLabelText('Adgangskode'), { target: { value: PASSCODE } });
  fireEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
  await waitFor(() => expect(readIdleMinutes()).toBe(30));
  expect(idle.value).toBe('30');
});

test('with the lock on and its flag unreadable (localStorage failing), an export still asks for the passcode', async () => {
  await enableLock(PASSCODE);
  // The flag reads "off" when localStorage throws; the page's seal mode still says the lock is on.
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  renderBackup();
  fireEvent.click(backupButton());
  expect(await screen.findByRole('heading', { name: 'Bekræft med adgangskoden' })).toBeTruthy();
  expect(downloads).toHaveLength(0);
});
