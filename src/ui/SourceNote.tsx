import { sourceById } from '../../content/sources';
import { toolMeta } from '../../content/tools';
import type { ToolId } from '../../content/types';
import { ui } from '../../content/ui';
import { overviewUi } from '../../content/ui-overview';
import { useLang } from '../i18n';

/** Says honestly where a tool comes from and whether its items are the source's or our own. */
export function SourceNote({ tool }: { tool: ToolId }) {
  const { t } = useLang();
  const meta = toolMeta(tool);
  const lead = meta.provenance === 'inspired' ? overviewUi.inspiredBy : overviewUi.basedOn;
  return (
    <p class="source-note">
      {t(lead)}:{' '}
      {meta.sources.map((id, index) => (
        <span key={id}>
          {index > 0 && '; '}
          <cite>{sourceById(id).citation}</cite>
        </span>
      ))}{' '}
      <a href="/sources">{t(ui.nav.sources)}</a>
    </p>
  );
}
