// What the lock's screens say on their own (issue 19): a passcode shorter than today's minimum is
// asked to change, and a page locked by another window says that its typing waits.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { LangProvider } from '../i18n';
import { lockedInPlace, shortPasscode } from '../storage/lock/lock-flag';
import { ShortPasscodeNotice } from './ShortPasscodeNotice';
import { UnlockScreen } from './UnlockScreen';

afterEach(() => {
  cleanup();
  shortPasscode.set(false);
  lockedInPlace.set(false);
});

test('a short passcode is asked to change, with a way to the change form; a long one is not', async () => {
  render(
    <LangProvider initial="da">
      <ShortPasscodeNotice />
    </LangProvider>,
  );
  expect(screen.queryByText('Adgangskoden er kort')).toBeNull();
  shortPasscode.set(true);
  await screen.findByText('Adgangskoden er kort');
  const link = screen.getByRole('link', { name: 'Skift adgangskoden' });
  expect(link.getAttribute('href')).toBe('/settings?focus=lock-current');
});

test('the unlock screen says so when another window changed the lock, and not after a plain lock', async () => {
  render(
    <LangProvider initial="en">
      <UnlockScreen />
    </LangProvider>,
  );
  expect(screen.queryByText(/changed in another window/)).toBeNull();
  lockedInPlace.set(true);
  expect(
    await screen.findByText(/The lock was changed in another window\. What you typed here is kept/),
  ).toBeTruthy();
});
