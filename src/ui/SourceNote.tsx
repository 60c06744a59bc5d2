import type { ComponentChildren } from 'preact';
import { sourceById } from '../../content/sources';
import { toolMeta } from '../../content/tools';
import type { ToolId } from '../../content/types';
import { overviewUi } from '../../content/ui-overview';
import { tabletUi } from '../../content/ui-tablet';
import { useLang } from '../i18n';

/**
 * Says honestly where a tool comes from and whether its items are the source's or our own, folded into
 * "Om redskabet" so the tool's first action stays in view. The Sources screen shows every source in full.
 */
export function SourceNote({ tool, children }: { tool: ToolId; children?: ComponentChildren }) {
  const { t } = useLang();
  const meta = toolMeta(tool);
  const lead = meta.provenance === 'inspired' ? overviewUi.inspiredBy : overviewUi.basedOn;
  return (
    <details class="disclosure source-note">
      <summary>{t(tabletUi.aboutTool.summary)}</summary>
      <div class="source-note-body">
        {children}
        <p>
          {t(lead)}:{' '}
          {meta.sources.map((id, index) => (
            <span key={id}>
              {index > 0 && '; '}
              <cite>{sourceById(id).citation}</cite>
            </span>
          ))}
        </p>
        <a class="btn btn-quiet" href="/sources">
          {t(tabletUi.aboutTool.allSources)}
        </a>
      </div>
    </details>
  );
}
