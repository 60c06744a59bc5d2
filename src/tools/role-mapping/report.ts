/** The mapping's section of the PDF and print report: where to start, and the whole map as a table. */
import { mappingText } from '../../../content/role-mapping';
import { toolMeta } from '../../../content/tools';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import { priorityText, settingName, statusText } from './labels';
import { mappingEntries, normaliseMapping, ROLE_MAPPING_TOOL, rowFor, startList } from './model';

/** The start list and a table of every setting with a status; `null` before any status is set. */
export function roleMappingReport(snapshot: CaseSnapshot, lang: Lang): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t } = makeLangApi(lang, undefined, kind);
  const doc = snapshot.toolDocs.find((d) => d.tool === ROLE_MAPPING_TOOL);
  const state = normaliseMapping(doc?.data);
  const entries = mappingEntries(state, kind);
  const mapped = entries.filter((e) => rowFor(state, e.id).status !== undefined);
  if (mapped.length === 0) return null;
  const blocks: ReportBlock[] = [{ kind: 'heading', text: t(mappingText.startHeading) }];
  const start = startList(state, kind);
  blocks.push(
    start.length === 0
      ? { kind: 'paragraph', text: t(mappingText.startEmpty) }
      : {
          kind: 'list',
          items: start.map(({ entry, row }) =>
            [
              settingName(t, entry, entries),
              `${statusText(t, row.status)}, ${priorityText(t, row.priority).toLowerCase()}`,
              row.role.trim(),
            ]
              .filter(Boolean)
              .join(' – '),
          ),
        },
  );
  blocks.push({
    kind: 'table',
    caption: t(mappingText.tableCaption),
    columns: [
      t(mappingText.colSetting),
      t(mappingText.colStatus),
      t(mappingText.colPriority),
      t(mappingText.colRole),
      t(mappingText.colInitiatives),
      t(mappingText.colNote),
    ],
    rows: mapped.map((entry) => {
      const row = rowFor(state, entry.id);
      const active = row.status !== 'not-now';
      return [
        settingName(t, entry, entries),
        statusText(t, row.status),
        active ? priorityText(t, row.priority) : '',
        active ? row.role.trim() : '',
        active ? row.initiatives.trim() : '',
        row.note.trim(),
      ];
    }),
  });
  return { tool: ROLE_MAPPING_TOOL, title: t(toolMeta(ROLE_MAPPING_TOOL).title), blocks };
}
