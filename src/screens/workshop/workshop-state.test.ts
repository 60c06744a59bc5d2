import { afterEach, describe, expect, test } from 'vitest';
import {
  clearCurrentCase,
  endWorkshop,
  justHandedOver,
  mayOpenCase,
  parseWorkshop,
  setCurrentCase,
  startWorkshop,
  WORKSHOP_KEY,
  workshop,
} from './workshop-state';

afterEach(() => endWorkshop());

describe('workshop state', () => {
  test('starting remembers only when, which case and how many pairs: no names', () => {
    startWorkshop(1_000);
    setCurrentCase('case-abc');
    expect(JSON.parse(localStorage.getItem(WORKSHOP_KEY) ?? 'null')).toEqual({
      startedAt: 1_000,
      current: 'case-abc',
      handedOver: 0,
    });
    expect(workshop.get()?.current).toBe('case-abc');
  });

  test('a hand-over forgets the case, counts the pair and tells the next start screen once', () => {
    startWorkshop(1);
    setCurrentCase('one');
    clearCurrentCase({ handedOver: true });
    expect(workshop.get()).toEqual({ startedAt: 1, current: null, handedOver: 1 });
    expect(justHandedOver.get()).toBe(true);
    setCurrentCase('two');
    expect(justHandedOver.get()).toBe(false);
    clearCurrentCase({ handedOver: false });
    expect(workshop.get()?.handedOver).toBe(1);
  });

  test('ending removes the state from the device', () => {
    startWorkshop();
    endWorkshop();
    expect(localStorage.getItem(WORKSHOP_KEY)).toBeNull();
    expect(workshop.get()).toBeNull();
  });

  test('without a workshop, setting a case does nothing', () => {
    setCurrentCase('x');
    expect(workshop.get()).toBeNull();
    expect(localStorage.getItem(WORKSHOP_KEY)).toBeNull();
  });

  test('during a workshop only the current case may be opened', () => {
    expect(mayOpenCase(null, 'any')).toBe(true);
    const state = { startedAt: 1, current: 'mine', handedOver: 0 };
    expect(mayOpenCase(state, 'mine')).toBe(true);
    expect(mayOpenCase(state, 'earlier')).toBe(false);
    expect(mayOpenCase({ ...state, current: null }, 'earlier')).toBe(false);
  });

  test('an unreadable stored state counts as no workshop; odd fields are repaired', () => {
    expect(parseWorkshop(null)).toBeNull();
    expect(parseWorkshop('{')).toBeNull();
    expect(parseWorkshop('null')).toBeNull();
    expect(parseWorkshop('{"current":"x"}')).toBeNull();
    expect(parseWorkshop('{"startedAt":5,"current":"","handedOver":-2}')).toEqual({
      startedAt: 5,
      current: null,
      handedOver: 0,
    });
  });

  test('another tab starting or ending the workshop is followed here', () => {
    localStorage.setItem(WORKSHOP_KEY, JSON.stringify({ startedAt: 9, current: null, handedOver: 2 }));
    dispatchEvent(new StorageEvent('storage', { key: WORKSHOP_KEY }));
    expect(workshop.get()?.handedOver).toBe(2);
    localStorage.removeItem(WORKSHOP_KEY);
    dispatchEvent(new StorageEvent('storage', { key: WORKSHOP_KEY }));
    expect(workshop.get()).toBeNull();
  });
});
