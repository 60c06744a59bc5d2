/**
 * The function description: free text, with a draft made from the Role Star's agreed values. A
 * draft never silently replaces what is written: the toast offers to undo.
 */
import { practicalitiesText } from '../../../content/practicalities';
import { useLang } from '../../i18n';
import type { CaseRecord } from '../../storage/db';
import type { AgreedStar } from '../../tool-kit/offers';
import { showToast } from '../../ui/toast-store';
import { setPracticality } from './actions';
import { draftFunctionDescription } from './draft';
import { PracticalField } from './Section';

export function FunctionDescription(props: {
  caseRecord: CaseRecord;
  value: string;
  /** The agreed star; `null` when there is none, `undefined` while it loads. */
  star: AgreedStar | null | undefined;
}) {
  const { t, lang, kind } = useLang();
  const caseId = props.caseRecord.id;
  const save = (text: string) => setPracticality(caseId, 'functionDescription', text);
  const draft = async (star: AgreedStar) => {
    const previous = props.value;
    const next = draftFunctionDescription(star, lang, props.caseRecord.roleTitle, kind);
    await save(next);
    if (previous.trim() !== '' && previous !== next) {
      showToast({
        message: t(practicalitiesText.replaced),
        action: { label: t(practicalitiesText.undo), run: () => void save(previous) },
      });
    } else {
      showToast({ message: t(practicalitiesText.drafted) });
    }
  };
  return (
    <>
      {props.star === null && (
        <div class="banner draft-banner">
          <p>{t(practicalitiesText.noStar)}</p>
          <a class="btn" href={`/cases/${caseId}/role-star`}>
            {t(practicalitiesText.toRoleStar)}
          </a>
        </div>
      )}
      {props.star && (
        <div class="banner draft-banner">
          <p>{t(practicalitiesText.draftFrom)(props.star.roundName, props.star.items.length)}</p>
          <button type="button" class="btn btn-primary" onClick={() => props.star && void draft(props.star)}>
            {t(practicalitiesText.draftButton)}
          </button>
        </div>
      )}
      <div class="function-description">
        <PracticalField
          caseId={caseId}
          field="functionDescription"
          value={props.value}
          label={t(practicalitiesText.functionDescription)}
          hint={t(practicalitiesText.functionDescriptionHint)}
          multiline
        />
      </div>
    </>
  );
}
