import type { ComponentChildren } from 'preact';
import { toolMeta } from '../../content/tools';
import type { ToolId } from '../../content/types';
import { ui } from '../../content/ui';
import { caseDisplayName } from '../features/cases/model';
import { PdfExport } from '../features/export/PdfExport';
import { useLang } from '../i18n';
import type { CaseRecord } from '../storage/db';
import { SourceNote } from './SourceNote';

/** The frame of every tool screen: way back to the case, title, introduction, source, then the tool. */
export function ToolPage(props: {
  tool: ToolId;
  caseRecord: CaseRecord;
  intro?: ComponentChildren;
  /** Buttons shown next to the title, e.g. export. */
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { t } = useLang();
  const meta = toolMeta(props.tool);
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
      <SourceNote tool={props.tool} />
      <div class="tool-body">{props.children}</div>
    </article>
  );
}
