import { describe, expect, it } from 'vitest';
import { roleStarDimensions } from '../../../content/role-star';
import type { CaseSnapshot } from '../../storage/cases';
import { latestAgreedStar } from './agreed';
import {
  compareRounds,
  configDimensions,
  generalTasksWarning,
  newRoundData,
  normaliseConfig,
  normaliseRound,
  type RoundData,
  roleStarProgress,
  roundLabel,
  roundStage,
} from './model';
import { differencesAmong } from './raters';

const defaults = roleStarDimensions.map((d) => d.id);

function round(patch: Partial<RoundData> = {}): RoundData {
  return { ...normaliseRound({ name: 'R', date: '2026-01-02', dimensionIds: ['a', 'b', 'c'] }), ...patch };
}

describe('star configuration', () => {
  it('starts with the twelve default dimensions in content order', () => {
    const config = normaliseConfig(undefined);
    expect(config.order).toEqual(defaults);
    expect(configDimensions(config, 'da')[0]?.label).toBe('Individuelle peer-samtaler');
  });

  it('keeps renames, custom dimensions and hidden ones, and drops what it does not know', () => {
    const config = normaliseConfig({
      custom: { own1: { label: 'Kaffe', extra: 1 }, 'bad.id': { label: 'x' }, groups: { label: 'steal' } },
      renamed: { 'one-to-one': 'Samtaler', own1: 'nope', unknown: 'x' },
      hidden: { groups: true, nothere: true, teaching: 'yes' },
      order: ['own1', 'own1', 'ghost', 'teaching', 7],
    });
    expect(Object.keys(config.custom)).toEqual(['own1']);
    expect(config.renamed).toEqual({ 'one-to-one': 'Samtaler' });
    expect(config.hidden).toEqual({ groups: true });
    expect(config.order.slice(0, 2)).toEqual(['own1', 'teaching']);
    expect(config.order).toHaveLength(15);
    const dims = configDimensions(config, 'en');
    expect(dims.find((d) => d.id === 'one-to-one')?.label).toBe('Samtaler');
    expect(dims.find((d) => d.id === 'groups')?.hidden).toBe(true);
  });
});

describe('round data', () => {
  it('clamps ratings to the scale, keeps skips apart from unanswered and drops foreign ids', () => {
    const r = normaliseRound({
      name: 42,
      date: 'not a date',
      dimensionIds: ['a', 'a', 'b', 'c.d', 'c'],
      ratings: { manager: { a: 9, b: 'skip', z: 2 }, peer: { a: -3, b: 1.6, c: 'x' } },
      agreed: { a: 2.2, z: 4 },
      finished: { manager: true, peer: 'yes' },
      notes: { a: 'hej', z: 'no' },
      current: 'boss',
    });
    expect(r.name).toBe('');
    expect(r.date).toBe('');
    expect(r.dimensionIds).toEqual(['a', 'b', 'c']);
    expect(r.ratings.manager).toEqual({ a: 4, b: 'skip' });
    expect(r.ratings.peer).toEqual({ a: 0, b: 2 });
    expect(r.agreed).toEqual({ a: 2 });
    expect(r.finished).toEqual({ manager: true });
    expect(r.notes).toEqual({ a: 'hej' });
    expect(r.current).toBeUndefined();
  });

  it('shows an untouched default dimension in the reader’s language, a renamed one as it was named', () => {
    const r = round({
      dimensionIds: ['one-to-one', 'groups'],
      labels: { 'one-to-one': 'Individuelle peer-samtaler', groups: 'Vores grupper' },
    });
    expect(roundLabel(r, 'one-to-one', 'en')).toBe('One-to-one peer support');
    expect(roundLabel(r, 'groups', 'en')).toBe('Vores grupper');
  });
});

describe('the round’s stages', () => {
  it('goes from choosing who starts, through both blind ratings and the hand-over, to reveal and agreement', () => {
    expect(roundStage(round())).toEqual({ kind: 'choose-first' });
    expect(roundStage(round({ current: 'peer' }))).toEqual({ kind: 'rating', person: 'peer' });
    expect(roundStage(round({ current: 'peer', finished: { peer: true } }))).toEqual({
      kind: 'handover',
      from: 'peer',
      to: 'manager',
    });
    expect(roundStage(round({ current: 'manager', finished: { peer: true } }))).toEqual({
      kind: 'rating',
      person: 'manager',
    });
    const both = { finished: { peer: true, manager: true } } as const;
    expect(roundStage(round(both))).toEqual({ kind: 'ready' });
    expect(roundStage(round({ ...both, revealed: true, agreed: { a: 1 } }))).toEqual({ kind: 'agreeing' });
    expect(roundStage(round({ ...both, revealed: true, agreed: { a: 1, b: 2, c: 0 } }))).toEqual({
      kind: 'complete',
    });
  });
});

describe('differences (two raters)', () => {
  it('orders by difference and marks gaps of two or more to talk about; skips cannot be compared', () => {
    const r = round({
      dimensionIds: ['a', 'b', 'c', 'd'],
      ratings: { manager: { a: 1, b: 4, c: 2, d: 'skip' }, peer: { a: 2, b: 1, c: 2, d: 3 }, colleague: {} },
    });
    const list = differencesAmong(r, 2);
    expect(list.map((d) => [d.id, d.gap, d.talk])).toEqual([
      ['b', 3, true],
      ['a', 1, false],
      ['c', 0, false],
      ['d', null, false],
    ]);
  });

  it('marks the largest gap when no gap reaches two', () => {
    const r = round({
      ratings: { manager: { a: 1, b: 2, c: 3 }, peer: { a: 2, b: 2, c: 3 }, colleague: {} },
    });
    expect(
      differencesAmong(r, 2)
        .filter((d) => d.talk)
        .map((d) => d.id),
    ).toEqual(['a']);
  });
});

describe('rounds over time', () => {
  it('starts a new round from the visible dimensions and, if asked, from the last agreed values', () => {
    const config = normaliseConfig({ hidden: { groups: true } });
    const from = round({ dimensionIds: ['one-to-one', 'groups'], agreed: { 'one-to-one': 3, groups: 1 } });
    const data = newRoundData(config, 'da', '3 måneder', '2026-04-01', { id: 'r1', round: from });
    expect(data.dimensionIds).toHaveLength(13);
    expect(data.dimensionIds).not.toContain('groups');
    expect(data.ratings.manager).toEqual({ 'one-to-one': 3 });
    expect(data.ratings.peer).toEqual({ 'one-to-one': 3 });
    expect(data.startedFrom).toBe('r1');
    expect(data.labels['one-to-one']).toBe('Individuelle peer-samtaler');
  });

  it('lists what changed between two agreed stars, biggest change first', () => {
    const a = round({ dimensionIds: ['a', 'b', 'c'], agreed: { a: 1, b: 3, c: 2 } });
    const b = round({ dimensionIds: ['a', 'b', 'd'], agreed: { a: 4, b: 3, d: 1 } });
    expect(compareRounds(a, b).map((c) => [c.id, c.delta, c.status])).toEqual([
      ['a', 3, 'changed'],
      ['b', 0, 'same'],
      ['d', null, 'added'],
      ['c', null, 'removed'],
    ]);
  });

  it('warns gently when general staff tasks become an important part of the role', () => {
    expect(generalTasksWarning({ 'general-tasks': 3 })).toBe(true);
    expect(generalTasksWarning({ 'general-tasks': 2 })).toBe(false);
    expect(generalTasksWarning({})).toBe(false);
  });
});

describe('agreed star for other tools', () => {
  const record = (id: string, createdAt: number, data: unknown) => ({
    id,
    caseId: 'c',
    tool: 'role-star',
    createdAt,
    updatedAt: createdAt,
    data: data as Record<string, unknown>,
  });
  const snapshot = (rounds: ReturnType<typeof record>[]) =>
    ({ case: {}, toolDocs: [], rounds }) as unknown as CaseSnapshot;

  it('is null before anything is agreed', () => {
    expect(latestAgreedStar(snapshot([record('r1', 1, { dimensionIds: ['groups'] })]), 'da')).toBeNull();
  });

  it('gives the newest round with agreed values, most central first, with scale labels and notes', () => {
    const star = latestAgreedStar(
      snapshot([
        record('r1', 1, {
          name: 'Samtale',
          date: '2026-01-05',
          dimensionIds: ['groups', 'teaching', 'voice'],
          agreed: { groups: 1, teaching: 4 },
          notes: { teaching: ' for kolleger ' },
        }),
        record('r2', 2, { name: 'Ny', dimensionIds: ['groups'] }),
      ]),
      'en',
    );
    expect(star).toEqual({
      roundName: 'Samtale',
      date: '2026-01-05',
      items: [
        {
          id: 'teaching',
          label: 'Teaching and talks',
          value: 4,
          valueLabel: 'Core of the role',
          note: 'for kolleger',
        },
        { id: 'groups', label: 'Groups and group courses', value: 1, valueLabel: 'Occasionally', note: '' },
      ],
    });
  });

  it('counts agreed dimensions of the latest round as progress', () => {
    const config = normaliseConfig(undefined);
    expect(roleStarProgress(config, [])).toEqual({ answered: 0, total: 14 });
  });
});
