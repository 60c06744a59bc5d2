/** The "5 gode råd" as the closing section of a case's PDF, with their source. */
import { advice } from '../../content/advice';
import { sourceById } from '../../content/sources';
import type { CaseKind, Lang } from '../../content/types';
import { overviewUi } from '../../content/ui-overview';
import { makeLangApi } from '../i18n';
import type { ReportSection } from '../tool-kit/report';

/** In the case's kind: a volunteer case reads each råd in an association's words. */
export function adviceReport(lang: Lang, kind: CaseKind = 'employment'): ReportSection {
  const { t } = makeLangApi(lang, undefined, kind);
  return {
    tool: 'advice',
    title: t(overviewUi.adviceHeading),
    blocks: [
      { kind: 'paragraph', text: t(overviewUi.adviceIntro) },
      { kind: 'list', items: advice.map((item) => `${t(item.title)}. ${t(item.body)}`) },
      { kind: 'paragraph', text: sourceById('peernet-start').citation },
    ],
  };
}
