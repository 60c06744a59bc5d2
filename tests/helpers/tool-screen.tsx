/** Shared set-up for tool screen tests: a stored case, its screen rendered in Danish, in the case's kind. */
import { render } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { CaseKindProvider, LangProvider } from '../../src/i18n';
import { LocationProvider, Route, Router } from '../../src/router/router';
import {
  type CaseFields,
  type CaseSnapshot,
  caseKindOf,
  createCase,
  loadCaseSnapshot,
} from '../../src/storage/cases';
import { ToolsContext } from '../../src/tool-kit/tools-context';
import type { ToolScreenProps } from '../../src/tool-kit/types';
import { features } from '../../src/tools/registry';

/** Everything stored for a case (fails the test when the case is gone). */
export async function storedSnapshot(caseId: string): Promise<CaseSnapshot> {
  const snapshot = await loadCaseSnapshot(caseId);
  if (!snapshot) throw new Error(`no case ${caseId}`);
  return snapshot;
}

/**
 * Creates a case with `fields`, lets `before` store what the test needs, and renders the tool's
 * screen for it; resolves to the case id.
 */
export async function renderToolScreen(
  Screen: ComponentType<ToolScreenProps>,
  fields: Partial<CaseFields> = {},
  before?: (caseId: string) => Promise<unknown>,
): Promise<string> {
  const caseId = await createCase(fields);
  await before?.(caseId);
  const snapshot = await storedSnapshot(caseId);
  // At the tool's own address, as in the app (a tool keeps e.g. its selected round in the URL).
  history.replaceState(null, '', `/cases/${caseId}/tool`);
  render(
    <LangProvider initial="da">
      <LocationProvider>
        <ToolsContext.Provider value={features}>
          <Router>
            <Route
              path="/cases/:caseId/:tool"
              component={() => (
                // In the case's kind, as ToolRoute renders it (a volunteer case's own wording).
                <CaseKindProvider kind={caseKindOf(snapshot.case)}>
                  <Screen caseRecord={snapshot.case} />
                </CaseKindProvider>
              )}
            />
          </Router>
        </ToolsContext.Provider>
      </LocationProvider>
    </LangProvider>,
  );
  return caseId;
}
