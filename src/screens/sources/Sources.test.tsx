import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { sources } from '../../../content/sources';
import { tools } from '../../../content/tools';
import { LangProvider } from '../../i18n';
import { Sources } from './Sources';

afterEach(cleanup);

describe('Sources screen', () => {
  it('shows every source a tool cites, with its caveat, and the five pieces of advice', () => {
    render(
      <LangProvider initial="en">
        <Sources />
      </LangProvider>,
    );
    const cited = new Set(tools.flatMap((tool) => [...tool.sources, ...(tool.alsoSources ?? [])]));
    for (const source of sources) {
      if (!cited.has(source.id) && source.id !== 'peernet-start') continue;
      expect(screen.getByText(source.citation), source.id).toBeTruthy();
      if (source.note) expect(screen.getByText(source.note.en), `${source.id} note`).toBeTruthy();
    }
    expect(screen.getByText(/Gillard SG, Edwards C/)).toBeTruthy();
    expect(screen.getByText(/helbredsoplysningsloven/)).toBeTruthy();
    expect(screen.getByText(/The title is not confirmed/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Five pieces of advice' })).toBeTruthy();
  });
});
