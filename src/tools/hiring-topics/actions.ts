/** The hiring topics' writes: every tap and keystroke saves at once through src/storage. */
import { setToolField } from '../../storage/tool-docs';
import { addOwnItem } from '../../tool-kit/own-items/actions';
import { HIRING_TOPICS_TOOL, type Rating } from './model';

/** Rates how important a topic is (or, with `undefined`, clears the rating). */
export const rateTopic = (caseId: string, topicId: string, value: Rating | undefined) =>
  setToolField(caseId, HIRING_TOPICS_TOOL, ['ratings', topicId], value);

/** Saves the wording of a topic of the workplace's own. */
export const setOwnTopicText = (caseId: string, topicId: string, text: string) =>
  setToolField(caseId, HIRING_TOPICS_TOOL, ['custom', topicId, 'text'], text);

/** Saves what was agreed about a topic on the prioritised list. */
export const setTopicNote = (caseId: string, topicId: string, text: string) =>
  setToolField(caseId, HIRING_TOPICS_TOOL, ['notes', topicId], text);

/** Saves an answer in the recruitment section. */
export const setRecruitmentAnswer = (caseId: string, stepId: string, text: string) =>
  setToolField(caseId, HIRING_TOPICS_TOOL, ['recruitment', stepId], text);

/** Adds an empty topic of the workplace's own; resolves to its id. */
export const addOwnTopic = (caseId: string) => addOwnItem(caseId, HIRING_TOPICS_TOOL);
