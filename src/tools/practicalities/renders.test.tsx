// Issue 20: a keystroke in Det praktiske renders the field typed in, not every field of the screen.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { afterNextPaint } from '../../after-paint';
import { PracticalitiesScreen } from './PracticalitiesScreen';

const renders = countRenders();

test('a keystroke renders the field typed in, not the other text fields of the screen', async () => {
  const caseId = await renderToolScreen(PracticalitiesScreen, { organisation: 'Bostedet' });
  const field = await screen.findByRole('textbox', { name: /Anden uddannelse og erhvervserfaring/ });
  const fields = screen.getAllByRole('textbox').length;
  expect(fields).toBeGreaterThan(8);
  renders.clear();

  fireEvent.input(field, { target: { value: 'S' } });
  await waitFor(async () => {
    const doc = (await storedSnapshot(caseId)).toolDocs.find((d) => d.tool === 'practicalities');
    expect(doc?.data).toMatchObject({ otherBackground: 'S' });
  });
  // The typed field renders (its draft, then the stored echo); the other fields stay as they are.
  const textFields = renders.get('TextField') ?? 0;
  expect(textFields).toBeGreaterThanOrEqual(1);
  expect(textFields).toBeLessThanOrEqual(3);
});

test('a keystroke renders its field in its own frame, and the screen around it only after the paint', async () => {
  await renderToolScreen(PracticalitiesScreen, { organisation: 'Bostedet' });
  const field = await screen.findByRole('textbox', { name: /Anden uddannelse og erhvervserfaring/ });
  renders.clear();

  fireEvent.input(field, { target: { value: 'S' } });
  // Preact renders in a microtask of the keystroke's task: what renders there is in its frame.
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  expect(renders.get('TextField')).toBe(1);
  expect(renders.get('PracticalitiesScreen') ?? 0).toBe(0);
  expect((field as HTMLTextAreaElement).value).toBe('S');

  await afterNextPaint();
  await waitFor(() => expect(renders.get('PracticalitiesScreen') ?? 0).toBeGreaterThanOrEqual(1));
});
