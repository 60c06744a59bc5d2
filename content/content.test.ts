/**
 * Every text in content/ exists in Danish and English. Walks every exported value of every
 * content module, so a tool's new content file is covered without being listed here.
 */
import { describe, expect, test } from 'vitest';
import { advice } from './advice';
import { sources } from './sources';
import { tools } from './tools';
import { LANGS, TOOL_IDS } from './types';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

interface Finding {
  path: string;
  problem: string;
}

/** A text: every language, and optionally a `volunteer` wording (itself a text) beside them. */
function isTextLike(value: object): boolean {
  const keys = Object.keys(value);
  return (
    LANGS.every((lang) => keys.includes(lang)) &&
    keys.every((key) => (LANGS as readonly string[]).includes(key) || key === 'volunteer')
  );
}

/** A text's wordings: its own, and its volunteer wording when it has one (both must be complete). */
function wordings(value: object, path: string): [Record<string, unknown>, string][] {
  const record = value as Record<string, unknown>;
  const volunteer = record.volunteer;
  const own: [Record<string, unknown>, string] = [record, path];
  if (volunteer === undefined) return [own];
  return [
    own,
    [
      typeof volunteer === 'object' && volunteer !== null ? (volunteer as Record<string, unknown>) : {},
      `${path}.volunteer`,
    ],
  ];
}

function walk(value: unknown, path: string, findings: Finding[], texts: { count: number }): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`, findings, texts);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (isTextLike(value)) {
    texts.count++;
    const kindOfOwn = typeof (value as Record<string, unknown>).da;
    for (const [record, at] of wordings(value, path)) {
      for (const lang of LANGS) {
        const text = record[lang];
        if (typeof text === 'function') continue;
        if (typeof text !== 'string' || text.trim() === '')
          findings.push({ path: at, problem: `missing ${lang}` });
      }
      const kinds = new Set([kindOfOwn, ...LANGS.map((lang) => typeof record[lang])]);
      if (kinds.size > 1) findings.push({ path: at, problem: 'wordings differ in kind (text vs function)' });
    }
    return;
  }
  for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, findings, texts);
}

describe('content', () => {
  test('every text in every content module has both Danish and English', () => {
    const findings: Finding[] = [];
    const texts = { count: 0 };
    for (const [file, exports] of Object.entries(modules)) walk(exports, file, findings, texts);
    expect(findings).toEqual([]);
    expect(texts.count).toBeGreaterThan(100);
  });

  test('texts with parameters produce text in both languages', () => {
    const findings: string[] = [];
    const check = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (isTextLike(value)) {
        for (const [record, at] of wordings(value, path)) {
          for (const lang of LANGS) {
            const fn = record[lang];
            if (typeof fn !== 'function') continue;
            const out: unknown = fn(...Array.from({ length: fn.length }, (_, i) => (i === 0 ? 3 : 'x')));
            if (typeof out !== 'string' || out.trim() === '') findings.push(`${at} (${lang})`);
          }
        }
        return;
      }
      for (const [key, child] of Object.entries(value)) check(child, `${path}.${key}`);
    };
    for (const [file, exports] of Object.entries(modules)) check(exports, file);
    expect(findings).toEqual([]);
  });

  test('every tool has its metadata once, and every source a tool cites exists', () => {
    expect(tools.map((t) => t.id).sort()).toEqual([...TOOL_IDS].sort());
    const sourceIds = new Set(sources.map((s) => s.id));
    expect(sourceIds.size).toBe(sources.length);
    for (const tool of tools) for (const id of tool.sources) expect(sourceIds.has(id)).toBe(true);
  });

  test('the five pieces of advice are five, with unique ids', () => {
    expect(new Set(advice.map((a) => a.id)).size).toBe(5);
  });
});
