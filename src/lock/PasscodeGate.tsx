import './lock.css';
import type { VNode } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { lockUi, passcodeGateUi } from '../../content/ui-lock';
import { useLang } from '../i18n';
import { sealMode } from '../storage/lock/keyring';
import { passcodeRefusal } from '../storage/lock/lock-errors';
import { isLockOn } from '../storage/lock/lock-flag';
import { SecretField } from '../ui/SecretField';

/** What the passcode is asked for: a file that can leave the tablet, or weaker lock settings. */
export type GatePurpose = 'export' | 'settings';

type Asking = { action: () => void; returnFocus: HTMLElement | null };

/**
 * Asks for the passcode again before something leaves the tablet or the lock is changed, so that
 * someone holding an unlocked tablet cannot take every case or loosen the lock (issue 19).
 * `guard(action)` runs `action` at once while the lock is off; with the lock on it shows `prompt`
 * (render it where the button is) and runs `action` once the passcode is right. A wrong passcode
 * counts as a failed attempt, like at the unlock screen. Nothing is remembered between two asks.
 */
export function usePasscodeGate(purpose: GatePurpose): {
  guard: (action: () => void) => void;
  prompt: VNode | null;
} {
  const [asking, setAsking] = useState<Asking | null>(null);
  const focusBack = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // The prompt is gone: back to the control that asked, when it is still on the screen.
    if (asking || !focusBack.current) return;
    if (focusBack.current.isConnected) focusBack.current.focus();
    focusBack.current = null;
  }, [asking]);
  const guard = (action: () => void) => {
    // Fail closed: the page's own seal mode counts as well as the flag, which reads "off" when
    // localStorage cannot be read.
    if (!isLockOn() && sealMode().kind === 'open') {
      action();
      return;
    }
    const active = document.activeElement;
    setAsking({ action, returnFocus: active instanceof HTMLElement ? active : null });
  };
  const close = (then?: () => void) => {
    focusBack.current = asking?.returnFocus ?? null;
    setAsking(null);
    then?.();
  };
  const prompt = asking ? (
    <PasscodePrompt purpose={purpose} onConfirmed={() => close(asking.action)} onCancel={() => close()} />
  ) : null;
  return { guard, prompt };
}

function PasscodePrompt({
  purpose,
  onConfirmed,
  onCancel,
}: {
  purpose: GatePurpose;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const { t } = useLang();
  const id = useId();
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const g = passcodeGateUi;
  useEffect(() => input.current?.focus(), []);

  const submit = async () => {
    if (busy || passcode === '') return;
    setBusy(true);
    setProblem(null);
    try {
      // The lock code loads only when the passcode is asked for; the export screens do without it.
      const { confirmPasscode } = await import('../storage/lock/lock');
      await confirmPasscode(passcode);
      onConfirmed();
      return;
    } catch (error) {
      setPasscode('');
      const refusal = passcodeRefusal(error);
      if (refusal.kind === 'failed') console.error('Passcode check failed', error);
      setProblem(
        refusal.kind === 'wait'
          ? t(lockUi.wait)(Math.ceil(refusal.waitMs / 1000))
          : t(refusal.kind === 'wrong' ? lockUi.wrong : lockUi.unlockFailed),
      );
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="passcode-gate stack"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{t(g.title)}</h3>
      <p id={`${id}-intro`}>{t(purpose === 'export' ? g.exportIntro : g.settingsIntro)}</p>
      <SecretField
        id={`${id}-passcode`}
        label={t(lockUi.passcode)}
        value={passcode}
        onInput={setPasscode}
        inputRef={input}
        describedBy={problem ? `${id}-problem` : undefined}
      />
      {problem && (
        <p id={`${id}-problem`} class="lock-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="lock-actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {t(busy ? g.checking : g.confirm)}
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          {t(g.cancel)}
        </button>
      </div>
    </form>
  );
}
