import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { workshopUi } from '../../../content/workshop';
import { useLang } from '../../i18n';
import { FileReady } from '../export/FileReady';
import { usePasscodeGate } from '../lock/PasscodeGate';

type FileState = { kind: 'idle' } | { kind: 'making' } | { kind: 'ready'; file: File } | { kind: 'failed' };

export interface HandoverFileProps {
  id: string;
  heading: string;
  text: string;
  makeLabel: string;
  deliveredText: string;
  /** Whether the options allow the file to be made (they show why not); checked before the passcode. */
  ready?: () => boolean;
  /** Builds the file (lazily loads the export code). */
  make: () => Promise<File>;
  /** Options shown before the file is made (the backup's passphrase). */
  children?: ComponentChildren;
  delivered: boolean;
  onDelivered: () => void;
}

/**
 * One file the pair can take: "Lav …" builds it, then the existing "Del" / "Hent" (FileReady,
 * src/export/share.ts: the share sheet inside the tap, or a download; never window.open) hands it
 * over, and the card confirms that it was shared or downloaded.
 */
export function HandoverFile(props: HandoverFileProps) {
  const { t } = useLang();
  const [state, setState] = useState<FileState>({ kind: 'idle' });
  const h = workshopUi.handOver;
  const { guard, prompt } = usePasscodeGate('export');

  const make = async () => {
    setState({ kind: 'making' });
    try {
      setState({ kind: 'ready', file: await props.make() });
    } catch (error) {
      console.error('Hand-over file failed', error);
      setState({ kind: 'failed' });
    }
  };

  return (
    <section class="card stack workshop-file" aria-labelledby={`${props.id}-title`} data-file={props.id}>
      <h2 id={`${props.id}-title`}>{props.heading}</h2>
      <p>{props.text}</p>
      {state.kind !== 'ready' && props.children}
      {prompt}
      {state.kind !== 'ready' && (
        <div hidden={prompt !== null}>
          <button
            type="button"
            class="btn"
            disabled={state.kind === 'making'}
            onClick={() => {
              if (props.ready?.() === false) return;
              guard(() => void make());
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
