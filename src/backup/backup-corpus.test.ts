// The seeded corpus: backup files that once got through the import or broke a screen (issue 14),
// each with the outcome it must have now (tests/fixtures/backup-corpus/corpus.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseRounds, roundLabel } from '../tools/role-star/model';
import { readBackupFile } from './backup-file';
import { backupErrorMessage } from './backup-messages';
import { previewRows } from './import-model';

const DIR = join(__dirname, '../../tests/fixtures/backup-corpus');
const corpus = JSON.parse(readFileSync(join(DIR, 'corpus.json'), 'utf8')) as {
  files: { file: string; outcome: 'accepted' | 'refused'; code?: string; why: string }[];
};

test('the corpus is not empty', () => {
  expect(corpus.files.length).toBeGreaterThanOrEqual(15);
});

test.each(corpus.files)('$file: $outcome ($why)', async ({ file, outcome, code }) => {
  const bytes = readFileSync(join(DIR, file));
  const result = await readBackupFile(new Blob([new Uint8Array(bytes)]));
  if (outcome === 'refused') {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(backupErrorMessage(result.error, 'da')).not.toContain('afkortet');
    return;
  }
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  const [row] = previewRows(result.backup, new Set());
  expect(row).toMatchObject({ tools: 7, rounds: 3, organisation: 'Bostedet Åbrinken' });
  for (const entry of result.backup.cases) {
    for (const round of normaliseRounds(entry.rounds)) {
      for (const id of round.data.dimensionIds)
        expect(typeof roundLabel(round.data, id, 'da')).toBe('string');
    }
  }
});
