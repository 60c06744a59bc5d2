// @vitest-environment node
// Pure geometry: runs without a DOM, as the PDF export does.
import { describe, expect, it } from 'vitest';
import { plainLabel, textWidth, wrapLabel } from './text-metrics';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Supervision')).toEqual(['Supervision']);
  });

  it('wraps at spaces and after hyphens', () => {
    expect(wrapLabel('Individuelle peer-samtaler')).toEqual(['Individuelle', 'peer-samtaler']);
    expect(wrapLabel('Sparring med andre peer-medarbejdere')).toEqual([
      'Sparring med',
      'andre peer-',
      'medarbejdere',
    ]);
  });

  it('lets a short word run over rather than stand alone', () => {
    expect(wrapLabel('Dokumentation og journalføring')).toEqual(['Dokumentation og', 'journalføring']);
  });

  it('keeps a long compound whole, and breaks it at a soft hyphen with a visible hyphen', () => {
    expect(wrapLabel('Generelle medarbejderopgaver')).toEqual(['Generelle', 'medarbejderopgaver']);
    expect(wrapLabel('Forventnings\u00ADafstemning')).toEqual(['Forventnings-', 'afstemning']);
    expect(wrapLabel('Kort\u00ADord')).toEqual(['Kortord']);
  });

  it('ends with an ellipsis after three lines', () => {
    const lines = wrapLabel('Et meget langt punkt om alt muligt andet end det man skulle tro');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(17);
  });

  it('splits a word too long for any line with a hyphen', () => {
    const lines = wrapLabel('Arbejdsmiljørepræsentantsuddannelsesforløb');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/-$/);
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('mmm', 16)).toBeGreaterThan(textWidth('iii', 16));
    expect(textWidth('Netværk', 20)).toBeCloseTo(textWidth('Netværk', 10) * 2);
  });

  it('strips soft hyphens for screen readers', () => {
    expect(plainLabel('Forventnings\u00ADafstemning')).toBe('Forventningsafstemning');
  });
});
