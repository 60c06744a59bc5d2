// Issue 18: every field of every tool has an owner, declared next to the tool's data, and the
// reports read it: the peer worker's own parts are out of a file unless shared with consent.
import { describe, expect, test } from 'vitest';
import type { CaseSnapshot } from '../storage/cases';
import { hiringTopicsOwners, normaliseHiringTopics } from '../tools/hiring-topics/model';
import { jobStartOwners, normaliseJobStart } from '../tools/job-start/model';
import { motivationOwners, normaliseMotivation } from '../tools/motivation/model';
import { normalisePracticalities, practicalitiesOwners } from '../tools/practicalities/model';
import { practicalitiesReport } from '../tools/practicalities/report';
import {
  normaliseReadinessDoc,
  normaliseRound as normaliseReadinessRound,
  readinessOwners,
  readinessRoundOwners,
} from '../tools/readiness/model';
import { features } from '../tools/registry';
import { mappingOwners, normaliseMapping } from '../tools/role-mapping/model';
import {
  normaliseConfig,
  normaliseRound,
  roundOwner,
  sharedRoundOwners,
  starConfigOwners,
} from '../tools/role-star/model';
import { roleStarReport } from '../tools/role-star/report';
import { PRIVATE_PART_TOOL, PRIVATE_PARTS, possessive, storedConsents } from './ownership';

const sorted = (record: object) => Object.keys(record).sort();

function snapshotWith(docs: Record<string, Record<string, unknown>>, rounds: CaseSnapshot['rounds'] = []) {
  return {
    case: {
      id: 'c1',
      organisation: 'Bostedet',
      unit: '',
      roleTitle: '',
      managerName: 'Mette',
      peerName: 'Jonas',
      startDate: '',
      note: '',
      createdAt: 1,
      updatedAt: 1,
    },
    toolDocs: Object.entries(docs).map(([tool, data]) => ({ caseId: 'c1', tool, data, updatedAt: 1 })),
    rounds,
  } satisfies CaseSnapshot;
}

describe('every field of every tool has an owner', () => {
  test.each([
    ['motivation', normaliseMotivation(undefined), motivationOwners],
    ['readiness', normaliseReadinessDoc(undefined), readinessOwners],
    ['role-mapping', normaliseMapping(undefined), mappingOwners],
    ['hiring-topics', normaliseHiringTopics(undefined), hiringTopicsOwners],
    ['job-start', normaliseJobStart(undefined), jobStartOwners],
    ['practicalities', normalisePracticalities(undefined), practicalitiesOwners],
    ['role-star', normaliseConfig(undefined), starConfigOwners],
  ] as const)(
    '%s: the owner table names exactly the fields of its document, and the tool declares it',
    (tool, state, owners) => {
      expect(sorted(owners)).toEqual(sorted(state));
      expect(features[tool].owners).toBe(owners);
    },
  );

  test('a round: readiness rounds are the workplace’s; a Role Star round names every field it can hold', () => {
    const readiness = normaliseReadinessRound({ id: 'r', createdAt: 1, updatedAt: 1, data: {} }, []);
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = readiness;
    expect(sorted(readinessRoundOwners)).toEqual(sorted(fields));
    const full = normaliseRound({
      name: 'x',
      raters: ['manager', 'peer', 'colleague'],
      colleagueName: 'Sara',
      startedFrom: 'a',
      previous: 'a',
      current: 'peer',
      revealed: true,
    });
    for (const key of Object.keys(full)) expect(sharedRoundOwners).toHaveProperty(key);
  });

  test('the peer worker owns their thoughts, the openness agreement and a star they rate alone', () => {
    expect(practicalitiesOwners.voice).toBe('peer');
    expect(practicalitiesOwners.disclosure).toBe('peer');
    expect(roundOwner({ raters: ['peer'] })).toBe('peer');
    expect(roundOwner({ raters: ['manager', 'peer'] })).toBe('both');
    for (const part of PRIVATE_PARTS)
      expect(features[PRIVATE_PART_TOOL[part]].privateParts).toBeTypeOf('function');
  });
});

describe('reports read the owners', () => {
  const written = snapshotWith({
    practicalities: {
      hours: '20',
      voice: { worth: 'Jeg var indlagt i 2019' },
      disclosure: { colleagues: 'Bipolar' },
    },
  });

  test('the peer worker’s parts are listed as theirs, and out of the report without consent', () => {
    expect(features.practicalities.privateParts?.(written)).toEqual([
      'practicalities.voice',
      'practicalities.disclosure',
    ]);
    const report = JSON.stringify(practicalitiesReport(written, 'da'));
    expect(report).toContain('20');
    expect(report).not.toContain('indlagt');
    expect(report).not.toContain('Bipolar');
  });

  test('with consent for one part, that part alone is in', () => {
    const report = JSON.stringify(
      practicalitiesReport(written, 'da', new Set(['practicalities.voice'] as const)),
    );
    expect(report).toContain('Jeg var indlagt i 2019');
    expect(report).not.toContain('Bipolar');
  });

  test('a part shared while the rest of its tool is not ticked: the section holds that part and nothing else', () => {
    const report = JSON.stringify(
      practicalitiesReport(written, 'da', new Set(['practicalities.disclosure'] as const), true),
    );
    expect(report).toContain('Bipolar');
    expect(report).not.toContain('indlagt');
    // Hours, and the empty function description's "not answered", are not in the file.
    expect(report).not.toContain('"20"');
    expect(report).not.toMatch(/Funktionsbeskrivelse|Ikke besvaret/i);
    expect(practicalitiesReport(written, 'da', new Set(), true)).toBeNull();
    // Ticked, the same tool's section has them.
    const whole = JSON.stringify(
      practicalitiesReport(written, 'da', new Set(['practicalities.disclosure'] as const)),
    );
    expect(whole).toContain('"20"');
    expect(whole).toMatch(/Funktionsbeskrivelse|Ikke besvaret/i);
  });

  test('a star the peer worker rated alone is out of the Role Star report without consent', () => {
    const solo = {
      id: 'solo',
      caseId: 'c1',
      tool: 'role-star',
      createdAt: 1,
      updatedAt: 1,
      data: {
        name: 'Min egen',
        raters: ['peer'],
        dimensionIds: ['a'],
        labels: { a: 'Samtaler' },
        ratings: { peer: { a: 4 } },
        finished: { peer: true },
      },
    };
    const snapshot = snapshotWith({}, [solo]);
    expect(features['role-star'].privateParts?.(snapshot)).toEqual(['role-star.solo']);
    expect(roleStarReport(snapshot, 'da')).toBeNull();
    expect(JSON.stringify(roleStarReport(snapshot, 'da', new Set(['role-star.solo'] as const)))).toContain(
      'Min egen',
    );
    // Shared while the Role Star section is not ticked: the peer worker's star alone.
    const shared = {
      ...solo,
      id: 'pair',
      data: { ...solo.data, name: 'Fælles runde', raters: ['manager', 'peer'] },
    };
    const both = snapshotWith({}, [solo, shared]);
    const onlyOwn = JSON.stringify(roleStarReport(both, 'da', new Set(['role-star.solo'] as const), true));
    expect(onlyOwn).toContain('Min egen');
    expect(onlyOwn).not.toContain('Fælles runde');
  });

  test('a consent stored with the case is read back; a malformed one is not a consent', () => {
    const snapshot = snapshotWith({
      practicalities: {
        consents: { voice: { name: 'Jonas', date: '2026-12-03', audience: 'team' }, disclosure: { name: 1 } },
      },
    });
    expect(storedConsents(snapshot)).toEqual({
      'practicalities.voice': { name: 'Jonas', date: '2026-12-03', audience: 'team' },
    });
  });

  test('names in the possessive, as Danish and English write them', () => {
    expect(possessive('Jonas', 'da')).toBe('Jonas’');
    expect(possessive('Mette', 'da')).toBe('Mettes');
    expect(possessive('Mette', 'en')).toBe('Mette’s');
  });
});
