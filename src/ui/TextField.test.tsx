import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LangProvider } from '../i18n';
import { TEXT_MAX } from '../storage/limits';
import { TextField } from './TextField';

afterEach(cleanup);

function field(props: { type?: 'date'; maxLength?: number; value?: string }) {
  const saved: string[] = [];
  render(
    <LangProvider initial="da">
      <TextField
        label="Felt"
        value={props.value ?? ''}
        type={props.type}
        maxLength={props.maxLength}
        save={async (value) => {
          saved.push(value);
        }}
      />
    </LangProvider>,
  );
  return { input: screen.getByLabelText('Felt') as HTMLInputElement, saved };
}

test('a counter appears near the limit and says when the field is full', () => {
  const { input, saved } = field({ maxLength: 10 });
  expect(input.maxLength).toBe(10);
  fireEvent.input(input, { target: { value: 'abcdefg' } });
  expect(screen.queryByText(/af 10 tegn/)).toBeNull();
  fireEvent.input(input, { target: { value: 'abcdefgh' } });
  expect(screen.getByText('8 af 10 tegn')).toBeTruthy();
  fireEvent.input(input, { target: { value: 'abcdefghijklmn' } });
  expect(saved.at(-1)).toBe('abcdefghij');
  expect(screen.getByRole('status').textContent).toBe('Feltet er fuldt: der er plads til 10 tegn.');
});

test('every text field has a limit, at most TEXT_MAX', () => {
  expect(field({}).input.maxLength).toBe(TEXT_MAX);
  cleanup();
  expect(field({ maxLength: TEXT_MAX * 10 }).input.maxLength).toBe(TEXT_MAX);
});

test('a date field has min and max and saves only valid dates', () => {
  const { input, saved } = field({ type: 'date' });
  expect(input.min).toBe('1900-01-01');
  expect(input.max).toBe('2199-12-31');
  fireEvent.input(input, { target: { value: '2026-03-01' } });
  expect(saved).toEqual(['2026-03-01']);
  Object.defineProperty(input, 'value', { value: '20266-03-01', configurable: true });
  fireEvent.input(input);
  expect(saved).toEqual(['2026-03-01']);
  expect(screen.getByRole('alert').textContent).toContain('Datoen er ikke gemt');
  expect(input.getAttribute('aria-invalid')).toBe('true');
});

test('a text stored longer than the limit is not cut when it is shortened', () => {
  const { input, saved } = field({ maxLength: 5, value: 'abcdefgh' });
  fireEvent.input(input, { target: { value: 'abcdefg' } });
  expect(saved).toEqual(['abcdefg']);
});
