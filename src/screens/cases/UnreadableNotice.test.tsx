import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import * as share from '../../files/share';
import { LangProvider } from '../../i18n';
import { forgetUnreadable, reportUnreadable } from '../../storage/unreadable';
import { UnreadableNotice } from './UnreadableNotice';

const show = () =>
  render(
    <LangProvider initial="da">
      <UnreadableNotice />
    </LangProvider>,
  );

afterEach(() => {
  cleanup();
  forgetUnreadable();
  vi.restoreAllMocks();
});

test('says nothing while every part reads', () => {
  show();
  expect(screen.queryByRole('status')).toBeNull();
});

test('names how many parts could not be read and saves them raw, without a name in the file name', () => {
  const download = vi.spyOn(share, 'downloadFile').mockImplementation(() => undefined);
  reportUnreadable({
    where: 'cases',
    key: 'c1',
    reason: 'damaged',
    raw: { id: 'c1', sealed: { g: 1, box: new Uint8Array([1, 2, 3]) } },
  });
  show();
  expect(screen.getByRole('status').textContent).toContain('1 del kunne ikke læses');
  fireEvent.click(screen.getByRole('button', { name: 'Gem de ulæselige dele som fil' }));
  expect(download).toHaveBeenCalledWith(
    expect.any(Blob),
    expect.stringMatching(/^peerstart-ulaeselige-dele-\d{4}-\d{2}-\d{2}\.json$/),
  );
});
