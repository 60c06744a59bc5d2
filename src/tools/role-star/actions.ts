/**
 * The Role Star's writes: every tap saves at once through src/storage (single fields by key path;
 * structural changes of the configuration read, change and write in one transaction).
 */
import { newId } from '../../storage/ids';
import { createRound, setRoundField, updateRoundData } from '../../storage/rounds';
import { setToolField, updateToolData } from '../../storage/tool-docs';
import { removeRoundWithUndo } from '../../tool-kit/round-actions';
import {
  type CustomDimension,
  MAX_LABEL,
  nextRater,
  normaliseConfig,
  normaliseRound,
  type Person,
  type Rating,
  ROLE_STAR_TOOL,
  type RoundData,
  type StarConfig,
} from './model';

export const rate = (roundId: string, person: Person, id: string, value: Rating) =>
  setRoundField(roundId, ['ratings', person, id], value);
export const setCurrent = (roundId: string, person: Person) => setRoundField(roundId, ['current'], person);
export const setFinished = (roundId: string, person: Person, done: boolean) =>
  setRoundField(roundId, ['finished', person], done ? true : undefined);
export const reveal = (roundId: string) => setRoundField(roundId, ['revealed'], true);
export const setAgreed = (roundId: string, id: string, value: number) =>
  setRoundField(roundId, ['agreed', id], value);
export const setNote = (roundId: string, id: string, note: string) =>
  setRoundField(roundId, ['notes', id], note === '' ? undefined : note);

/** Starts a round; returns its id. */
export const startRound = (caseId: string, data: RoundData) =>
  createRound(caseId, ROLE_STAR_TOOL, data as unknown as Record<string, unknown>);

/** Changes the configuration as a whole, atomically, always from its normalised form. */
function changeConfig(caseId: string, change: (config: StarConfig) => StarConfig) {
  return updateToolData(caseId, ROLE_STAR_TOOL, (data) => ({ ...data, ...change(normaliseConfig(data)) }));
}

/** Moves a dimension one place up (-1) or down (+1) in the order. */
export function moveDimension(caseId: string, id: string, step: -1 | 1) {
  return changeConfig(caseId, (config) => {
    const order = [...config.order];
    const from = order.indexOf(id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= order.length) return config;
    [order[from], order[to]] = [order[to] as string, id];
    return { ...config, order };
  });
}

export const setHidden = (caseId: string, id: string, hidden: boolean) =>
  setToolField(caseId, ROLE_STAR_TOOL, ['hidden', id], hidden ? true : undefined);

export const renameDefault = (caseId: string, id: string, label: string) =>
  setToolField(
    caseId,
    ROLE_STAR_TOOL,
    ['renamed', id],
    label.trim() === '' ? undefined : label.slice(0, MAX_LABEL),
  );

export const setCustomField = (caseId: string, id: string, field: keyof CustomDimension, value: string) =>
  setToolField(caseId, ROLE_STAR_TOOL, ['custom', id, field], value);

/** Adds a dimension of the case's own at the end; returns its id. */
export async function addCustomDimension(caseId: string, label: string): Promise<string> {
  const id = `own-${newId()}`;
  await changeConfig(caseId, (config) => ({
    ...config,
    custom: { ...config.custom, [id]: { label: label.slice(0, MAX_LABEL) } },
    order: [...config.order, id],
  }));
  return id;
}

/** Removes a dimension of the case's own; returns what undo needs to put it back. */
export async function removeCustomDimension(caseId: string, id: string, before: StarConfig) {
  await changeConfig(caseId, (config) => {
    const { [id]: _removed, ...custom } = config.custom;
    const { [id]: _hidden, ...hidden } = config.hidden;
    return { ...config, custom, hidden, order: config.order.filter((o) => o !== id) };
  });
  return () =>
    changeConfig(caseId, (config) => {
      const own = before.custom[id];
      if (!own) return config;
      const order = config.order.filter((o) => o !== id);
      order.splice(Math.min(before.order.indexOf(id), order.length), 0, id);
      return {
        ...config,
        custom: { ...config.custom, [id]: own },
        hidden: before.hidden[id] ? { ...config.hidden, [id]: true } : config.hidden,
        order,
      };
    });
}

/** Sets several agreed values at once (e.g. wherever both gave the same rating). */
export const agreeMany = (roundId: string, values: Readonly<Record<string, number>>) =>
  updateRoundData(roundId, (data) => {
    const agreed = typeof data.agreed === 'object' && data.agreed !== null ? { ...data.agreed } : {};
    return { ...data, agreed: { ...agreed, ...values } };
  });

export const setRoundName = (roundId: string, name: string) => setRoundField(roundId, ['name'], name);
/** Saves a complete date; an incomplete one (while typing) is not stored. */
export const setRoundDate = (roundId: string, date: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) || date === ''
    ? setRoundField(roundId, ['date'], date)
    : Promise.resolve(true);

/**
 * Rates one task. When it was an open task and now every task has the person's answer, their turn is
 * done and passes to the next rater (or, for the last one, the round is ready), checked against what is stored.
 */
export async function rateAndAdvance(
  roundId: string,
  round: RoundData,
  person: Person,
  id: string,
  value: Rating,
) {
  const wasOpen = round.ratings[person][id] === undefined && !round.finished[person];
  const saved = await rate(roundId, person, id, value);
  if (!wasOpen) return saved;
  await updateRoundData(roundId, (data) => {
    const stored = normaliseRound(data);
    if (stored.finished[person] || stored.current !== person) return data;
    if (stored.dimensionIds.some((d) => stored.ratings[person][d] === undefined)) return data;
    const finished = { ...stored.finished, [person]: true };
    const next = nextRater({ ...stored, finished }, person);
    return { ...data, finished, ...(next ? { current: next } : {}) };
  });
  return saved;
}

/** Takes a finished person back to their answers (the turn returns to them). */
export const reopenTurn = (roundId: string, person: Person) =>
  updateRoundData(roundId, (data) => {
    const finished = {
      ...(typeof data.finished === 'object' && data.finished !== null ? data.finished : {}),
    };
    delete (finished as Record<string, unknown>)[person];
    return { ...data, finished, current: person };
  });

/** Finishes a person's turn by the button and passes it on to the next rater, in one write. */
export const finishTurn = (roundId: string, person: Person) =>
  updateRoundData(roundId, (data) => {
    const stored = normaliseRound(data);
    const finished = { ...stored.finished, [person]: true };
    const next = nextRater({ ...stored, finished }, person);
    return { ...data, finished, ...(next ? { current: next } : {}) };
  });

/** Deletes a round, with a toast that can put it back. */
export const removeStarRound = removeRoundWithUndo;
