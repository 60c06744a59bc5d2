// Issue 20: a write marks its case as edited (updatedAt); that alone must not render the open tool
// screen again, since no tool screen shows it. A change the screen shows (a name) still does.
import { render, screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { LangProvider } from '../../i18n';
import { LocationProvider, Route, Router } from '../../router/router';
import { createCase, updateCaseField } from '../../storage/cases';
import { db } from '../../storage/db';
import { setToolField } from '../../storage/tool-docs';
import { flushAllWrites } from '../../storage/writes';
import { ToolRoute } from './ToolRoute';

const renders = countRenders();

test('a case marked as edited by a write does not render the open tool screen again; a new name does', async () => {
  const caseId = await createCase({ organisation: 'Bostedet', peerName: 'Jonas' });
  history.replaceState(null, '', `/cases/${caseId}/job-start`);
  render(
    <LangProvider initial="da">
      <LocationProvider>
        <Router>
          <Route path="/cases/:caseId/:tool" component={ToolRoute} />
        </Router>
      </LocationProvider>
    </LangProvider>,
  );
  await screen.findByRole('heading', { name: /Jobstart/, level: 1 });
  await waitFor(() => expect(document.querySelectorAll('.checklist-item').length).toBeGreaterThan(5));
  const before = (await db.cases.get(caseId))?.updatedAt ?? 0;
  renders.clear();

  // Another tool's write: the case's updatedAt moves, nothing the job start shows changes.
  await setToolField(caseId, 'motivation', ['answers', 'm1'], 'Vi vil gerne');
  await flushAllWrites();
  await waitFor(async () => expect((await db.cases.get(caseId))?.updatedAt).toBeGreaterThan(before));
  await waitFor(() => expect(renders.get('ToolRoute') ?? 0).toBeGreaterThanOrEqual(1));
  expect(renders.get('JobStartScreen') ?? 0).toBe(0);

  await updateCaseField(caseId, 'peerName', 'Mira');
  await waitFor(() => expect(renders.get('JobStartScreen') ?? 0).toBeGreaterThanOrEqual(1));
});
