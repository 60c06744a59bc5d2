import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LangProvider } from '../../i18n';
import { AdviceSummary } from './AdviceSummary';

afterEach(cleanup);

describe('the five pieces of advice on the case overview', () => {
  it('shows all five behind one summary, with the details of råd 2 and 3', () => {
    render(
      <LangProvider initial="da">
        <AdviceSummary />
      </LangProvider>,
    );
    expect(screen.getByText('Peer-Netværkets 5 gode råd').tagName).toBe('SUMMARY');
    expect(document.querySelectorAll('.advice-summary li')).toHaveLength(5);
    expect(screen.getByText(/risikerer peer-medarbejderen at miste sit fokus/)).toBeTruthy();
    expect(screen.getByText(/"tæt på brugerne"/)).toBeTruthy();
  });
});
