import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { workshopUi } from '../../../content/workshop';
import { useLang } from '../../i18n';
import { usePasscodeGate } from '../../lock/PasscodeGate';
import { FileReady } from '../export/FileReady';

type FileState =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'making' }
  | { kind: 'ready'; file: File }
  | { kind: 'failed' };

type MakeFile = () => Promise<File>;

export interface HandoverFileProps {
  id: string;
  heading: string;
  text: string;
  makeLabel: string;
  deliveredText: string;
  /** Whether the options allow the file to be made (they show why not); checked before the passcode. */
  ready?: () => boolean;
  /** Builds the file (lazily loads the export code). */
  make?: MakeFile;
  /**
   * A choice made before the file (the PDF's audience and contents): shown in place of the card's
   * options once "Lav …" is tapped; it hands back how to build the file, or cancels.
   */
  chooser?: (choose: (make: MakeFile) => void, cancel: () => void) => ComponentChildren;
  /** Options shown before the file is made (the backup's passphrase). */
  children?: ComponentChildren;
  delivered: boolean;
  onDelivered: () => void;
}

/**
 * One file the pair can take: "Lav …" builds it, then the existing "Del" / "Hent" (FileReady,
 * src/files/share.ts: the share sheet inside the tap, or a download; never window.open) hands it
 * over, and the card confirms that it was shared or downloaded.
 */
export function HandoverFile(props: HandoverFileProps) {
  const { t } = useLang();
  const [state, setState] = useState<FileState>({ kind: 'idle' });
  const h = workshopUi.handOver;
  const { guard, prompt } = usePasscodeGate('export');
  const build = props.make;
  const makeButton = useRef<HTMLButtonElement>(null);
  const focusMake = useRef(false);
  useEffect(() => {
    // Back from the choice without a file: the keyboard returns to "Lav …".
    if (state.kind === 'idle' && focusMake.current) makeButton.current?.focus();
    focusMake.current = false;
  }, [state.kind]);

  const make = async (build: MakeFile) => {
    setState({ kind: 'making' });
    try {
      setState({ kind: 'ready', file: await build() });
    } catch (error) {
      console.error('Hand-over file failed', error);
      setState({ kind: 'failed' });
    }
  };

  return (
    <section class="card stack workshop-file" aria-labelledby={`${props.id}-title`} data-file={props.id}>
      <h2 id={`${props.id}-title`}>{props.heading}</h2>
      <p>{props.text}</p>
      {state.kind !== 'ready' && state.kind !== 'choosing' && props.children}
      {state.kind === 'choosing' && (
        // Hidden, not gone, while the passcode is asked: the choices stay as they were.
        <div hidden={prompt !== null}>
          {props.chooser?.(
            (build) => guard(() => void make(build)),
            () => {
              focusMake.current = true;
              setState({ kind: 'idle' });
            },
          )}
        </div>
      )}
      {prompt}
      {state.kind !== 'ready' && state.kind !== 'choosing' && (
        <div hidden={prompt !== null}>
          <button
            ref={makeButton}
            type="button"
            class="btn"
            disabled={state.kind === 'making'}
            onClick={() => {
              if (props.ready?.() === false) return;
              if (props.chooser) setState({ kind: 'choosing' });
              else if (build) guard(() => void make(build));
            }}
          >
            {props.makeLabel}
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <FileReady
          file={state.file}
          onDelivered={() => {
            props.onDelivered();
          }}
        />
      )}
      <p class="workshop-file-status" role="status">
        {props.delivered ? (
          <span class="workshop-delivered">{props.deliveredText}</span>
        ) : state.kind === 'making' ? (
          t(h.preparing)
        ) : state.kind === 'ready' ? (
          t(h.ready)(state.file.name)
        ) : state.kind === 'failed' ? (
          <span class="export-error">{t(h.failed)}</span>
        ) : null}
      </p>
    </section>
  );
}
