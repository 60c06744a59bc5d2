/**
 * The two ways an unlock is refused, in a module of their own so the unlock screen can tell them
 * apart without loading the database code first.
 */

/** The passcode did not open the lock. */
export class WrongPasscodeError extends Error {
  override name = 'WrongPasscodeError';
  constructor(readonly waitMs: number) {
    super('Wrong passcode');
  }
}

/** Too many wrong passcodes: the next attempt must wait `waitMs`. */
export class AttemptWaitError extends Error {
  override name = 'AttemptWaitError';
  constructor(readonly waitMs: number) {
    super('Wait before the next attempt');
  }
}

/** The lock record is there but cannot be read or trusted: the data stays locked (fail closed). */
export class LockUnreadableError extends Error {
  override name = 'LockUnreadableError';
  constructor() {
    super('The lock record cannot be read');
  }
}

/**
 * A new passcode shorter than the minimum: the storage layer refuses it as well as the form, so no
 * other caller can set one that a copied disk gives up in minutes.
 */
export class PasscodeTooShortError extends Error {
  override name = 'PasscodeTooShortError';
  constructor(readonly minLength: number) {
    super(`A passcode needs at least ${minLength} characters`);
  }
}

/** Why a passcode was refused, as the screens that ask for one tell it. */
export type PasscodeRefusal = { kind: 'wrong' } | { kind: 'wait'; waitMs: number } | { kind: 'failed' };

/** The refusal an error from an unlock or a passcode check stands for (anything else: 'failed'). */
export function passcodeRefusal(error: unknown): PasscodeRefusal {
  if (error instanceof WrongPasscodeError)
    return error.waitMs > 0 ? { kind: 'wait', waitMs: error.waitMs } : { kind: 'wrong' };
  if (error instanceof AttemptWaitError) return { kind: 'wait', waitMs: error.waitMs };
  return { kind: 'failed' };
}
