/** Hiring topics: rate each topic's importance together, add your own, and get a prioritised list. */

import { useState } from 'preact/hooks';
import { hiringTopicsText } from '../../../content/hiring-topics';
import { useLang } from '../../i18n';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { addOwnTopic } from './actions';
import './hiring-topics.css';
import { adviceShownAt, HIRING_TOPICS_TOOL, hiringTopicsData, rankTopics, topicItems } from './model';
import { PriorityList } from './PriorityList';
import { RecruitmentSection } from './RecruitmentSection';
import { TopicCard } from './TopicCard';

const ADD_ID = 'hiring-topics-add';

export function HiringTopicsScreen({ caseRecord }: ToolScreenProps) {
  const { t, kind } = useLang();
  const state = useTool(caseRecord.id, hiringTopicsData);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const intro = <p class="lead">{t(hiringTopicsText.intro)}</p>;
  if (state === undefined) {
    return <ToolPage tool={HIRING_TOPICS_TOOL} caseRecord={caseRecord} intro={intro} loading />;
  }
  const items = topicItems(state, kind);
  const adviceAt = adviceShownAt(items);
  const ranked = rankTopics(state, kind).length;
  const builtIn = items.filter((item) => item.kind === 'content');
  const own = items.filter((item) => item.kind === 'own');
  const card = (item: (typeof items)[number]) => (
    <TopicCard
      key={item.id}
      caseId={caseRecord.id}
      item={item}
      rating={state.ratings[item.id]}
      showAdvice={adviceAt.has(item.id)}
      autoFocus={item.id === justAdded}
      focusAfterRemove={ADD_ID}
    />
  );
  return (
    <ToolPage tool={HIRING_TOPICS_TOOL} caseRecord={caseRecord} intro={intro}>
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t(hiringTopicsText.rateHeading)}</h2>
        <p class="topics-question">{t(hiringTopicsText.scaleQuestion)}</p>
        {/* Its place is kept before the first rating, so the first rating moves nothing below it. */}
        <p
          class={`topics-jump${ranked > 0 ? '' : ' topics-jump-idle'}`}
          aria-hidden={ranked > 0 ? undefined : 'true'}
        >
          <a href="#priority-heading" tabIndex={ranked > 0 ? undefined : -1}>
            {t(hiringTopicsText.jumpToList)(ranked)}
          </a>
        </p>
        <ol class="topic-list">{builtIn.map(card)}</ol>
      </section>
      <section aria-labelledby="own-topics-heading" class="own-topics">
        <h2 id="own-topics-heading">{t(hiringTopicsText.ownHeading)}</h2>
        <p class="muted">{t(hiringTopicsText.ownIntro)}</p>
        {own.length > 0 && <ul class="topic-list">{own.map(card)}</ul>}
        <button
          type="button"
          id={ADD_ID}
          class="btn"
          onClick={() => void addOwnTopic(caseRecord.id).then(setJustAdded)}
        >
          + {t(hiringTopicsText.addOwn)}
        </button>
      </section>
      <PriorityList caseId={caseRecord.id} state={state} />
      <RecruitmentSection caseId={caseRecord.id} state={state} />
    </ToolPage>
  );
}
