import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TOOL_IDS, type ToolId } from '../../../content/types';
import { ui } from '../../../content/ui';
import { overviewUi } from '../../../content/ui-overview';
import { CaseKindProvider, useLang } from '../../i18n';
import { loadCode } from '../../load-code';
import { useRoute } from '../../router/router';
import { NotFound } from '../../shell/NotFound';
import { caseKindOf, useCase } from '../../storage/cases';
import type { CaseRecord } from '../../storage/db';
import { ToolsContext } from '../../tool-kit/tools-context';
import type { ToolScreenProps } from '../../tool-kit/types';
import { features } from '../../tools/registry';
import { LoadFailed } from '../../ui/LoadFailed';
import { memo } from '../../ui/memo';

function isToolId(value: string | undefined): value is ToolId {
  return TOOL_IDS.includes(value as ToolId);
}

/**
 * The case as a tool screen reads it. Every write in a tool marks the case as edited (its
 * `updatedAt`), which no tool screen shows; without this, each tap and keystroke would render the
 * whole tool screen again once the database confirms it (issue 20).
 */
function useCaseForScreen(record: CaseRecord | null | undefined): CaseRecord | null | undefined {
  const kept = useRef(record);
  const before = kept.current;
  const onlyEdited =
    record &&
    before &&
    (Object.keys(record) as (keyof CaseRecord)[]).every(
      (key) => key === 'updatedAt' || record[key] === before[key],
    ) &&
    Object.keys(record).length === Object.keys(before).length;
  if (!onlyEdited) kept.current = record;
  return kept.current;
}

/** The tool's screen, rendered again only when the case it shows (or the screen) changed. */
const ToolScreen = memo(function ToolScreen(props: {
  Screen: ComponentType<ToolScreenProps>;
  caseRecord: CaseRecord;
}) {
  const { Screen } = props;
  return <Screen caseRecord={props.caseRecord} />;
});

/** Loads a tool's screen on demand and gives it the case. */
export function ToolRoute() {
  const { params } = useRoute();
  const { t } = useLang();
  const tool = params.tool;
  const record = useCaseForScreen(useCase(params.caseId ?? ''));
  const [Screen, setScreen] = useState<ComponentType<ToolScreenProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isToolId(tool)) return;
    let active = true;
    setScreen(null);
    setFailed(false);
    loadCode(features[tool].loadScreen).then(
      (component) => active && setScreen(() => component),
      (error: unknown) => {
        console.error('Could not load the tool', error);
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [tool, attempt]);

  if (!isToolId(tool)) return <NotFound />;
  if (record === null) return <p>{t(overviewUi.notFound)}</p>;
  if (failed) return <LoadFailed onRetry={() => setAttempt((n) => n + 1)} />;
  if (record === undefined || Screen === null) return <p class="muted">{t(ui.common.loading)}</p>;
  return (
    <CaseKindProvider kind={caseKindOf(record)}>
      <ToolsContext.Provider value={features}>
        <ToolScreen Screen={Screen} caseRecord={record} />
      </ToolsContext.Provider>
    </CaseKindProvider>
  );
}
