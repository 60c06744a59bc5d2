import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { employmentOnlyWords } from '../../../content/case-kinds';
import { addMonthsIso } from '../../files/ics';
import { LangProvider } from '../../i18n';
import { createCase, deleteAllData } from '../../storage/cases';
import { db } from '../../storage/db';
import { todayIso } from '../../tool-kit/normalise';
import { FollowUpCalendar } from './FollowUpCalendar';

// Files are handed over through src/files/share.ts; here they are only recorded.
const shared = vi.hoisted(() => ({ downloads: [] as { file: Blob; name: string }[] }));
vi.mock('../../files/share', () => ({
  canShareFile: () => false,
  shareFile: async () => 'shared',
  downloadFile: (file: Blob, name: string) => shared.downloads.push({ file, name }),
  revokeDownloadUrls: () => {},
}));

/** The unfolded content lines of a calendar file's event (VEVENT). */
async function icsLines(file: Blob): Promise<string[]> {
  const lines = (await file.text()).replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  return lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
}

/** The raw value of the one property `name` (with any parameters) in the unfolded lines. */
function value(lines: string[], name: string): string {
  const found = lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
  expect(found, name).toHaveLength(1);
  const line = found[0] as string;
  return line.slice(line.indexOf(':') + 1);
}

const unescapeText = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

async function setup(fields: Parameters<typeof createCase>[0] = {}) {
  const caseId = await createCase(fields);
  render(
    <LangProvider initial="da">
      <FollowUpCalendar caseId={caseId} />
    </LangProvider>,
  );
  return caseId;
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  shared.downloads = [];
});
afterEach(() => cleanup());

describe('FollowUpCalendar', () => {
  test('downloads a calendar file with the chosen date and time and the Danish title', async () => {
    const caseId = await setup({ startDate: '2031-05-14' });
    const button = await screen.findByRole('button', {
      name: 'Læg i kalenderen: Opfølgning efter 3 måneder',
    });
    expect(button.textContent).toBe('Læg i kalenderen');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');

    const date = screen.getByLabelText<HTMLInputElement>('Dato');
    const time = screen.getByLabelText<HTMLInputElement>('Tidspunkt');
    const duration = screen.getByLabelText<HTMLSelectElement>('Varighed');
    // Suggested: 3 months after the start date, at 10:00, for an hour; the keyboard is in the form.
    expect(date.value).toBe('2031-08-14');
    expect(date.type).toBe('date');
    expect(time.value).toBe('10:00');
    expect(time.type).toBe('time');
    expect(duration.value).toBe('60');
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(screen.getByText(/Begivenheden nævner ingen navne/)).toBeTruthy();

    fireEvent.input(date, { target: { value: '2031-09-02' } });
    fireEvent.input(time, { target: { value: '13:15' } });
    fireEvent.change(duration, { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hent kalenderfilen' }));

    expect(shared.downloads).toHaveLength(1);
    const [{ file, name }] = shared.downloads as [{ file: Blob; name: string }];
    expect(name).toBe('peerstart-opfoelgning-3-maaneder.ics');
    expect(file.type).toBe('text/calendar');
    const lines = await icsLines(file);
    expect(lines[0]).toBe('BEGIN:VEVENT');
    expect(value(lines, 'DTSTART')).toBe('20310902T131500');
    expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20310902T131500');
    expect(value(lines, 'DTEND')).toBe('20310902T144500');
    expect(unescapeText(value(lines, 'SUMMARY'))).toBe('Peerstart: opfølgning efter 3 måneder');
    const agenda = unescapeText(value(lines, 'DESCRIPTION'));
    expect(agenda).toContain('Tag en ny runde af rollestjernen og sammenlign den med den første.');
    expect(agenda).toContain('Tag temperaturmålingen igen');
    expect(agenda.split('\n').length).toBeGreaterThanOrEqual(4);
    expect(value(lines, 'UID')).toBe(`${caseId}-3m@peerstart.local`);

    // Done: the form closes, the keyboard is back on the button, and the file is announced.
    await waitFor(() => expect(screen.queryByLabelText('Dato')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('status').textContent).toMatch(/Kalenderfilen er hentet/);
  });

  test('the file names no one, even when the case holds the names', async () => {
    await setup({
      organisation: 'Bostedet Lærkereden',
      unit: 'Team Øst',
      managerName: 'Gerda Holm',
      peerName: 'Åse Ørnsholt',
      roleTitle: 'Peer-medarbejder',
      note: 'Mødes hos Gerda',
      startDate: '2031-01-10',
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Læg i kalenderen: Opfølgning efter 12 måneder' }),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Dato').value).toBe('2032-01-10');
    fireEvent.click(screen.getByRole('button', { name: 'Hent kalenderfilen' }));
    expect(shared.downloads).toHaveLength(1);
    const [{ file, name }] = shared.downloads as [{ file: Blob; name: string }];
    expect(name).toBe('peerstart-opfoelgning-12-maaneder.ics');
    const text = await file.text();
    expect(unescapeText(value(await icsLines(file), 'SUMMARY'))).toBe(
      'Peerstart: opfølgning efter 12 måneder',
    );
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    for (const word of ['Gerda', 'Holm', 'Åse', 'Ørnsholt', 'Lærkereden', 'Bostedet', 'Team Øst']) {
      expect(unfolded).not.toContain(word);
      expect(name).not.toContain(word.toLowerCase());
    }
    expect(unfolded).toContain('DTSTART;TZID=Europe/Copenhagen:20320110T100000');
  });

  test('suggests months after today without a start date, and cancel returns to the button', async () => {
    await setup();
    const button = await screen.findByRole('button', {
      name: 'Læg i kalenderen: Opfølgning efter 12 måneder',
    });
    fireEvent.click(button);
    const date = screen.getByLabelText<HTMLInputElement>('Dato');
    expect(date.value).toBe(addMonthsIso(todayIso(), 12));
    fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
    await waitFor(() => expect(screen.queryByLabelText('Dato')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // Escape closes the form too.
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByLabelText('Tidspunkt'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Dato')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(shared.downloads).toHaveLength(0);
  });

  test('asks for a date and a time instead of making a broken file', async () => {
    await setup({ startDate: '2031-05-14' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Læg i kalenderen: Opfølgning efter 3 måneder' }),
    );
    fireEvent.input(screen.getByLabelText('Tidspunkt'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hent kalenderfilen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vælg en dato og et tidspunkt.');
    expect(shared.downloads).toHaveLength(0);
  });

  test('a volunteer case’s agenda speaks of the volunteer agreement, with no employment word', async () => {
    await setup({ kind: 'volunteer', startDate: '2031-05-14' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Læg i kalenderen: Opfølgning efter 12 måneder' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hent kalenderfilen' }));
    const [{ file }] = shared.downloads as [{ file: Blob; name: string }];
    const lines = await icsLines(file);
    const text = `${unescapeText(value(lines, 'SUMMARY'))}\n${unescapeText(value(lines, 'DESCRIPTION'))}`;
    expect(text).toContain('Hvad skal I justere i opgaverne eller frivilligaftalen for det næste år?');
    expect(
      employmentOnlyWords('da')
        .filter((word) => word.test(text))
        .map(String),
    ).toEqual([]);
    expect(text).not.toContain('funktionsbeskrivelsen');
  });
});
