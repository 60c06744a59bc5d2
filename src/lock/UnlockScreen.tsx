import './lock.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { lockUi } from '../../content/ui-lock';
import { useLang } from '../i18n';
import { lazyComponent } from '../router/router';
import { openDatabase, unlockDatabase } from '../storage/db-status';
import { waitBeforeAttempt } from '../storage/lock/attempts';
import { passcodeRefusal } from '../storage/lock/lock-errors';
import { lockedInPlace } from '../storage/lock/lock-flag';
import { useStore } from '../storage/store';
import { SecretField } from '../ui/SecretField';

type Problem = { kind: 'wrong' } | { kind: 'failed' } | { kind: 'wait'; until: number } | null;

// Deleting everything needs the database code; the unlock screen itself paints without it.
const DeleteAllData = lazyComponent(() => import('../ui/DeleteAllData').then((m) => m.DeleteAllData));

/** Seconds left until `until`, ticking once a second while there are any. */
function useSecondsUntil(until: number | null): number {
  const left = () => (until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (until === null) return;
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}

/** The one screen between a locked tablet and its cases: the passcode, and nothing else. */
export function UnlockScreen() {
  const { t } = useLang();
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const [forgottenOpen, setForgottenOpen] = useState(false);
  const [problem, setProblem] = useState<Problem>(() => {
    const wait = waitBeforeAttempt();
    return wait > 0 ? { kind: 'wait', until: Date.now() + wait } : null;
  });
  const seconds = useSecondsUntil(problem?.kind === 'wait' ? problem.until : null);
  const waiting = problem?.kind === 'wait' && seconds > 0;
  const input = useRef<HTMLInputElement>(null);
  const elsewhere = useStore(lockedInPlace);
  useEffect(() => {
    // Painted: now the database code may load and open, while the passcode is typed.
    void openDatabase();
  }, []);
  useEffect(() => {
    if (!waiting) input.current?.focus();
  }, [waiting]);

  const submit = async () => {
    if (busy || waiting || passcode === '') return;
    setBusy(true);
    try {
      await unlockDatabase(passcode);
    } catch (error) {
      setPasscode('');
      const refusal = passcodeRefusal(error);
      // 'failed': the database could not be read (e.g. the browser refused it): say so, keep the screen.
      if (refusal.kind === 'failed') console.error('Unlock failed', error);
      setProblem(refusal.kind === 'wait' ? { kind: 'wait', until: Date.now() + refusal.waitMs } : refusal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="unlock card stack" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t(lockUi.unlockTitle)}</h1>
      <p>{t(lockUi.unlockIntro)}</p>
      {elsewhere && <p class="lock-problem">{t(lockUi.lockedElsewhere)}</p>}
      <form
        class="unlock-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SecretField
          id="unlock-passcode"
          label={t(lockUi.passcode)}
          value={passcode}
          onInput={setPasscode}
          inputRef={input}
          disabled={waiting}
          describedBy={problem ? 'unlock-problem' : undefined}
        />
        <button type="submit" class="btn btn-primary" disabled={busy || waiting} aria-busy={busy}>
          {t(busy ? lockUi.unlocking : lockUi.unlock)}
        </button>
      </form>
      <p id="unlock-problem" role="alert" class={problem ? 'lock-problem' : 'visually-hidden'}>
        {problem?.kind === 'wrong' && t(lockUi.wrong)}
        {problem?.kind === 'failed' && t(lockUi.unlockFailed)}
        {waiting && t(lockUi.wait)(seconds)}
      </p>
      <details
        class="disclosure unlock-forgotten"
        onToggle={(event) => setForgottenOpen(event.currentTarget.open)}
      >
        <summary>{t(lockUi.forgottenSummary)}</summary>
        <p>{t(lockUi.forgotten)}</p>
        {forgottenOpen && <DeleteAllData />}
      </details>
    </section>
  );
}
