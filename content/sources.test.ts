import { describe, expect, it } from 'vitest';
import { recruitmentItems } from './hiring-topics';
import { PRACTICALITIES_SECTIONS, practicalitiesSections, practicalitiesText } from './practicalities';
import { type SourceId, sourceById, sources } from './sources';
import { tools } from './tools';
import { LANGS } from './types';

const ids = new Set<string>(sources.map((s) => s.id));
const toolSources = (tool: (typeof tools)[number]) => [...tool.sources, ...(tool.alsoSources ?? [])];
const cited = (id: SourceId) => tools.some((tool) => toolSources(tool).includes(id));
/** Issue 22's sources, read in December 2026 for the volunteer case. */
const volunteerSources = sources.filter((s) => s.read === '2026-12');

describe('sources', () => {
  it('gives every source a citation, a short name and its use in both languages; notes too', () => {
    for (const source of sources) {
      expect(source.citation.trim(), source.id).not.toBe('');
      expect(source.short.trim(), source.id).not.toBe('');
      for (const lang of LANGS) {
        expect(source.use[lang].trim(), `${source.id}.use.${lang}`).not.toBe('');
        if (source.note) expect(source.note[lang].trim(), `${source.id}.note.${lang}`).not.toBe('');
      }
    }
  });

  it('has the sources the review asked for, each cited by a tool so the Sources screen names where it is used', () => {
    for (const id of [
      'gillard-2013',
      'gillard-2015',
      'gillard-2015-roles',
      'johansen-2018',
      'weber-frahm-jensen-2016',
      'peer-partnerskabet-2024',
      'peerstoette-hiring',
      'peerstoette-terms',
      'helbredsoplysningsloven',
      'foa-peer',
      'peernet-2021',
      'sygedagpenge-56',
      'funktionaerloven',
      'lab-fleksjob',
    ] as const) {
      expect(ids.has(id), id).toBe(true);
      expect(cited(id), `${id} is cited by a tool`).toBe(true);
    }
  });

  it('hedges the attribution of Rasmussen & Johansen 2015', () => {
    const source = sources.find((s) => s.id === 'rasmussen-johansen-2015');
    expect(source?.note?.da).toMatch(/slutning/);
    expect(source?.note?.en).toMatch(/inference/);
  });

  it('names an existing source for every recruitment step and every fact, and each is cited by its tool', () => {
    const hiring = tools.find((t) => t.id === 'hiring-topics');
    for (const item of recruitmentItems) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const id of item.sources) expect(hiring && toolSources(hiring), `${item.id}: ${id}`).toContain(id);
    }
    const practical = tools.find((t) => t.id === 'practicalities');
    for (const section of PRACTICALITIES_SECTIONS) {
      for (const fact of practicalitiesSections[section].facts ?? []) {
        for (const id of fact.sources) {
          expect(practical && toolSources(practical), `${section}: ${id}`).toContain(id);
        }
      }
    }
  });

  describe('issue 22: the sources of the volunteer case', () => {
    it('name the title, the publisher, the address, when we read them and what they support', () => {
      expect(volunteerSources.length).toBeGreaterThanOrEqual(20);
      for (const source of volunteerSources) {
        expect(source.url, source.id).toMatch(/^https?:\/\/[^\s]+$/);
        expect(source.citation, source.id).toMatch(/Læst december 2026\.$/);
        for (const lang of LANGS) expect(source.use[lang].trim(), source.id).not.toBe('');
      }
    });

    it('has Peer-Netværket’s start-up page, which links to the opstartspakke, as the start-up help’s source', () => {
      const startup = sourceById(practicalitiesText.startupSource);
      expect(startup.url).toBe('https://www.peernet.dk/opstart-og-implementering-ny/');
      expect(startup.use.da).toMatch(/opstartspakke/);
      expect(startup.use.da).toMatch(/frivillige/);
      expect(startup.note?.da).toMatch(/ikke set opstartspakkens egen side/);
    });

    it('says which pages are not official, and hedges what could not be verified', () => {
      const note = (id: SourceId) => sourceById(id).note?.da ?? '';
      for (const id of [
        'aftenskole-satser-2024',
        'fcmf-skat',
        'dgi-godtgoerelse',
        'akks-forsikring',
      ] as const)
        expect(note(id), id).toMatch(/[Ii]kke en officiel side/);
      expect(note('aftenskole-satser-2024')).toMatch(/ikke fundet satserne for 2025 eller 2026/);
      expect(note('dgi-godtgoerelse')).toMatch(/ingen officiel samlet sats/);
      expect(note('skat-satser-2019')).toMatch(/kun satserne for 2019/);
      expect(note('tekniq-2026')).toMatch(/tjek satserne på skat\.dk/i);
      expect(note('sl-frivilligt-arbejde')).toMatch(/vores slutning/);
      expect(note('glostrup-frivillig')).toMatch(/ikke fundet en liste fra CFSA/);
      expect(note('mors-frivillig')).toMatch(/ikke fundet jobcentrets/);
      expect(note('kk-frivillig')).toMatch(/ikke fundet noget fra STAR/);
      expect(note('boerneattest')).toMatch(/ikke læst børneattestloven/);
    });
  });
});
