import { describe, expect, it } from 'vitest';
import { recruitmentItems } from './hiring-topics';
import { PRACTICALITIES_SECTIONS, practicalitiesSections } from './practicalities';
import { type SourceId, sources } from './sources';
import { tools } from './tools';
import { LANGS } from './types';

const ids = new Set<string>(sources.map((s) => s.id));
const toolSources = (tool: (typeof tools)[number]) => [...tool.sources, ...(tool.alsoSources ?? [])];
const cited = (id: SourceId) => tools.some((tool) => toolSources(tool).includes(id));

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
        for (const id of fact.sources)
          expect(practical && toolSources(practical), `${section}: ${id}`).toContain(id);
      }
    }
  });
});
