/** Recruitment and the interview: what the sources say about each step, and the workplace's written plan. */
import { hiringTopicsText, type RecruitmentItem } from '../../../content/hiring-topics';
import { sourceById } from '../../../content/sources';
import { useLang } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { setRecruitmentAnswer } from './actions';
import { type HiringTopicsState, MAX_NOTE_TEXT, recruitmentFor } from './model';

/** One step: what the sources say, where it comes from, and the workplace’s answer. */
function RecruitmentCard(props: { caseId: string; item: RecruitmentItem; answer: string }) {
  const { t } = useLang();
  const { item } = props;
  const headingId = `recruitment-${item.id}`;
  const names = item.sources.map((id) => sourceById(id).short).join('; ');
  return (
    <li class="card recruitment-card" data-recruitment={item.id}>
      <h3 id={headingId} class="topic-title">
        {t(item.title)}
      </h3>
      <p class="recruitment-guidance">{t(item.guidance)}</p>
      <p class="recruitment-source muted">
        <a href="/sources">{t(hiringTopicsText.recruitmentSources)(names, item.sources.length)}</a>
      </p>
      <TextField
        label={t(item.prompt)}
        hint={t(item.hint)}
        value={props.answer}
        multiline
        maxLength={MAX_NOTE_TEXT}
        save={(value) => setRecruitmentAnswer(props.caseId, item.id, value)}
      />
    </li>
  );
}

export function RecruitmentSection({ caseId, state }: { caseId: string; state: HiringTopicsState }) {
  const { t, kind } = useLang();
  return (
    <section class="recruitment" aria-labelledby="recruitment-heading">
      <h2 id="recruitment-heading">{t(hiringTopicsText.recruitmentHeading)}</h2>
      <p>{t(hiringTopicsText.recruitmentIntro)}</p>
      <ol class="topic-list">
        {/* The 5 gode råd already stand beside the topics above, so they are not repeated here. */}
        {recruitmentFor(kind).map((item: RecruitmentItem) => (
          <RecruitmentCard
            key={item.id}
            caseId={caseId}
            item={item}
            answer={state.recruitment[item.id] ?? ''}
          />
        ))}
      </ol>
    </section>
  );
}
