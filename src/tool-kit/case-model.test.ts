import { describe, expect, test } from 'vitest';
import { tools } from '../../content/tools';
import type { ToolId } from '../../content/types';
import type { CaseRecord } from '../storage/db';
import { caseDisplayName, currentPhase, nextTool, searchCases } from './case-model';
import type { ToolProgress } from './types';

const done = (total: number): ToolProgress => ({ answered: total, total, updatedAt: 1 });
const started: ToolProgress = { answered: 1, total: 10, updatedAt: 1 };

function record(fields: Partial<CaseRecord>): CaseRecord {
  return {
    id: 'x',
    organisation: '',
    unit: '',
    roleTitle: '',
    managerName: '',
    peerName: '',
    startDate: '',
    note: '',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

describe('case overview journey', () => {
  test('a fresh case is at "before hiring"', () => {
    expect(currentPhase(tools, {})).toBe('before');
  });

  test('when every before-hiring tool is done, the case is at the hiring', () => {
    const progress: Partial<Record<ToolId, ToolProgress>> = {
      motivation: done(3),
      readiness: done(10),
      'role-mapping': done(11),
      'hiring-topics': done(15),
      'role-star': started,
    };
    expect(currentPhase(tools, progress)).toBe('hiring');
  });

  test('with every tool done, the case is at follow-up', () => {
    const progress = Object.fromEntries(tools.map((t) => [t.id, done(5)]));
    expect(currentPhase(tools, progress)).toBe('followup');
  });
});

describe('case names and search', () => {
  test('a case is named by organisation and role, or called untitled', () => {
    expect(caseDisplayName(record({ organisation: 'Bostedet', roleTitle: 'Peer' }), 'Uden navn')).toBe(
      'Bostedet – Peer',
    );
    expect(caseDisplayName(record({}), 'Uden navn')).toBe('Uden navn');
  });

  test('search matches every word in any field, ignoring case', () => {
    const cases = [
      record({ id: 'a', organisation: 'Værestedet Ørnen' }),
      record({ id: 'b', note: 'ØRNEN flytter' }),
    ];
    expect(searchCases(cases, 'ørnen').map((c) => c.id)).toEqual(['a', 'b']);
    expect(searchCases(cases, 'ørnen flytter').map((c) => c.id)).toEqual(['b']);
  });
});

describe('the next step after a tool', () => {
  const progress = (doneIds: ToolId[]) =>
    Object.fromEntries(tools.map((m) => [m.id, doneIds.includes(m.id) ? done(3) : started]));

  test('is the next tool in the journey that is not done', () => {
    expect(nextTool(tools, progress([]), 'motivation')?.id).toBe('readiness');
    expect(nextTool(tools, progress(['practicalities']), 'role-star')?.id).toBe('job-start');
  });

  test('wraps round to an earlier tool that is not done, and is the overview when all others are', () => {
    const allBut = (id: ToolId) => tools.map((m) => m.id).filter((x) => x !== id);
    expect(nextTool(tools, progress(allBut('motivation')), 'job-start')?.id).toBe('motivation');
    expect(nextTool(tools, progress(allBut('job-start')), 'job-start')).toBeNull();
  });
});
