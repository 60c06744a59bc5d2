import { SelectField } from '../ui/Field';
import { SecretField } from '../ui/SecretField';
import './lock.css';
import { useState } from 'preact/hooks';
import { lockUi } from '../../content/ui-lock';
import { useLang } from '../i18n';
import {
  AttemptWaitError,
  changePasscode,
  disableLock,
  enableLock,
  migration,
  PASSCODE_MIN_LENGTH,
  WrongPasscodeError,
} from '../storage/lock/lock';
import {
  IDLE_CHOICES,
  type IdleMinutes,
  lockOn,
  readIdleMinutes,
  writeIdleMinutes,
} from '../storage/lock/lock-flag';
import { useStore } from '../storage/store';
import { showToast } from '../ui/toast-store';
import { usePasscodeGate } from './PasscodeGate';
import { ShortPasscodeNotice } from './ShortPasscodeNotice';

type Busy = 'encrypting' | 'decrypting' | null;

/** Brings the backup section (above this one in the settings) into view and to the keyboard. */
function showBackup(): void {
  const heading = document.getElementById('backup-title');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}

/** The error text for a failed lock operation. */
function useProblemText() {
  const { t } = useLang();
  return (error: unknown): string => {
    if (error instanceof WrongPasscodeError) return t(lockUi.wrong);
    if (error instanceof AttemptWaitError) return t(lockUi.wait)(Math.ceil(error.waitMs / 1000));
    console.error('Lock operation failed', error);
    return t(lockUi.failed);
  };
}

/** A new passcode typed twice; returns the problem to show, or null when it can be used. */
function newPasscodeProblem(
  t: ReturnType<typeof useLang>['t'],
  passcode: string,
  repeat: string,
): string | null {
  if (passcode.length < PASSCODE_MIN_LENGTH) return t(lockUi.tooShort)(PASSCODE_MIN_LENGTH);
  if (passcode !== repeat) return t(lockUi.mismatch);
  return null;
}

/** The idle time; with the lock on, a change asks for the passcode first (a longer time weakens the lock). */
function IdleChoice() {
  const { t } = useLang();
  const [minutes, setMinutes] = useState<IdleMinutes>(readIdleMinutes);
  const { guard, prompt } = usePasscodeGate('settings');
  const choose = (chosen: IdleMinutes) => {
    setMinutes(chosen);
    writeIdleMinutes(chosen);
  };
  return (
    <>
      <SelectField
        id="lock-idle"
        label={t(lockUi.idleLabel)}
        value={String(minutes)}
        options={IDLE_CHOICES.map((choice) => ({
          value: String(choice),
          label: t(lockUi.idleMinutes)(choice),
        }))}
        onChange={(value, select) => {
          const chosen = IDLE_CHOICES.find((choice) => String(choice) === value);
          // The shown choice stays the stored one until the passcode is confirmed.
          select.value = String(minutes);
          if (chosen !== undefined) guard(() => choose(chosen));
        }}
      />
      {prompt}
    </>
  );
}

function TurnOn({ run }: { run: (busy: Busy, work: () => Promise<void>, done: string) => Promise<boolean> }) {
  const { t } = useLang();
  const [passcode, setPasscode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      class="lock-form"
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = newPasscodeProblem(t, passcode, repeat);
        setProblem(invalid);
        if (invalid) return;
        void run('encrypting', () => enableLock(passcode), t(lockUi.turnedOn));
      }}
    >
      <p class="lock-problem">{t(lockUi.noRecovery)}</p>
      <button type="button" class="btn" onClick={showBackup}>
        {t(lockUi.backupFirst)}
      </button>
      <SecretField
        id="lock-new"
        label={t(lockUi.newPasscode)}
        hint={t(lockUi.passcodeHint)}
        value={passcode}
        onInput={setPasscode}
      />
      <SecretField id="lock-repeat" label={t(lockUi.repeatPasscode)} value={repeat} onInput={setRepeat} />
      <IdleChoice />
      <p class="muted">{t(lockUi.backgroundNote)}</p>
      {problem && (
        <p class="lock-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="btn btn-primary">
        {t(lockUi.turnOn)}
      </button>
    </form>
  );
}

function WhileOn({
  run,
}: {
  run: (busy: Busy, work: () => Promise<void>, done: string) => Promise<boolean>;
}) {
  const { t } = useLang();
  const [current, setCurrent] = useState('');
  const [passcode, setPasscode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const clear = () => {
    setCurrent('');
    setPasscode('');
    setRepeat('');
  };
  return (
    <>
      <p>{t(lockUi.onIntro)}</p>
      <ShortPasscodeNotice inSettings />
      <IdleChoice />
      <p class="muted">{t(lockUi.backgroundNote)}</p>
      <form
        class="lock-form"
        onSubmit={(event) => {
          event.preventDefault();
          const invalid = newPasscodeProblem(t, passcode, repeat);
          setProblem(invalid);
          if (invalid) return;
          void run('encrypting', () => changePasscode(current, passcode), t(lockUi.changed)).then(
            (ok) => ok && clear(),
          );
        }}
      >
        <h3>{t(lockUi.change)}</h3>
        <SecretField
          id="lock-current"
          label={t(lockUi.currentPasscode)}
          value={current}
          onInput={setCurrent}
        />
        <SecretField
          id="lock-new"
          label={t(lockUi.newPasscode)}
          hint={t(lockUi.passcodeHint)}
          value={passcode}
          onInput={setPasscode}
        />
        <SecretField id="lock-repeat" label={t(lockUi.repeatPasscode)} value={repeat} onInput={setRepeat} />
        {problem && (
          <p class="lock-problem" role="alert">
            {problem}
          </p>
        )}
        <div class="lock-actions">
          <button type="submit" class="btn btn-primary">
            {t(lockUi.change)}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() =>
              void run('decrypting', () => disableLock(current), t(lockUi.turnedOff)).then(
                (ok) => ok && clear(),
              )
            }
          >
            {t(lockUi.turnOff)}
          </button>
        </div>
      </form>
    </>
  );
}

/** What a running change of the lock is doing, counting along. */
function MigrationStatus({ busy }: { busy: Exclude<Busy, null> }) {
  const { t } = useLang();
  const progress = useStore(migration);
  return (
    <div role="status">
      <p class="lock-busy">{t(busy === 'encrypting' ? lockUi.encrypting : lockUi.decrypting)}</p>
      {progress && <p>{t(lockUi.progress)(progress.done, progress.total)}</p>}
    </div>
  );
}

/** Settings: turn the passcode lock on or off, change the passcode, choose when it locks. */
export function LockSettings() {
  const { t } = useLang();
  const on = useStore(lockOn);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemText = useProblemText();
  const run = async (kind: Busy, work: () => Promise<void>, done: string): Promise<boolean> => {
    setBusy(kind);
    setProblem(null);
    try {
      await work();
      showToast({ message: done });
      return true;
    } catch (error) {
      setProblem(problemText(error));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="card stack" aria-labelledby="lock-title" aria-busy={busy !== null}>
      <h2 id="lock-title">{t(lockUi.sectionTitle)}</h2>
      {busy ? (
        <MigrationStatus busy={busy} />
      ) : on ? (
        <WhileOn run={run} />
      ) : (
        <>
          <p>{t(lockUi.offIntro)}</p>
          <TurnOn run={run} />
        </>
      )}
      {problem && (
        <p class="lock-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
