import type { ComponentChildren } from 'preact';
import { toolMeta } from '../../content/tools';
import type { ToolId } from '../../content/types';
import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { useFocusTarget } from '../router/focus-target';
import { PdfExport } from '../screens/export/PdfExport';
import type { CaseRecord } from '../storage/db';
import { SourceNote } from '../ui/SourceNote';
import { caseDisplayName } from './case-model';
import { NextStep } from './NextStep';

/** The frame of every tool screen: way back to the case, title, introduction, source, the tool, the next step. */
export function ToolPage(props: {
  tool: ToolId;
  caseRecord: CaseRecord;
  intro?: ComponentChildren;
  /** Notes on where the tool's items come from, folded with the source under "Om redskabet". */
  about?: ComponentChildren;
  /** Buttons shown next to the title, e.g. export. */
  actions?: ComponentChildren;
  /** The tool's data is still being read: one loading line, the same in every tool, in place of the tool. */
  loading?: boolean;
  children?: ComponentChildren;
}) {
  const { t } = useLang();
  const meta = toolMeta(props.tool);
  useFocusTarget();
  return (
    <article class="tool-page" data-tool={props.tool}>
      <a class="back-link" href={`/cases/${props.caseRecord.id}`}>
        ← {caseDisplayName(props.caseRecord, t(ui.caseList.untitled))}
      </a>
      <header class="tool-header">
        <h1>{t(meta.title)}</h1>
        <div class="tool-actions">
          {props.actions}
          <PdfExport caseId={props.caseRecord.id} tool={props.tool} />
        </div>
      </header>
      {props.intro ?? <p class="lead">{t(meta.summary)}</p>}
      <SourceNote tool={props.tool}>{props.about}</SourceNote>
      <div class="tool-body">
        {props.loading ? (
          <p class="muted" role="status">
            {t(ui.common.loading)}
          </p>
        ) : (
          props.children
        )}
      </div>
      <NextStep caseId={props.caseRecord.id} tool={props.tool} />
    </article>
  );
}
