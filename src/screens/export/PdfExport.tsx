import { useEffect, useRef, useState } from 'preact/hooks';
import { exportUi } from '../../../content/export';
import { toolMeta } from '../../../content/tools';
import type { ToolId } from '../../../content/types';
import { useLang } from '../../i18n';
import { usePasscodeGate } from '../../lock/PasscodeGate';
import type { PdfProgress, PdfScope } from '../../pdf/make-pdf';
import { reportSources, useTools } from '../../tool-kit/tools-context';
import { AudienceChooser } from './AudienceChooser';
import { FileReady } from './FileReady';
import './export.css';

type PdfState =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'building'; progress: PdfProgress }
  | { kind: 'ready'; file: File }
  | { kind: 'failed' };

/**
 * "Lav PDF": builds the case's (or one tool's) PDF with a progress line, then offers "Del" and
 * "Hent". Building comes first, so the share happens inside the user's next tap (iPad needs that).
 */
export function PdfExport({ caseId, tool }: { caseId: string; tool?: ToolId }) {
  const { t, lang } = useLang();
  const tools = useTools();
  const [state, setState] = useState<PdfState>({ kind: 'idle' });
  const p = exportUi.pdf;
  const { guard, prompt } = usePasscodeGate('export');
  const makeButton = useRef<HTMLButtonElement>(null);
  const focusMake = useRef(false);
  useEffect(() => {
    // Back from the choice without a file: the keyboard returns to "Lav PDF".
    if (state.kind === 'idle' && focusMake.current) makeButton.current?.focus();
    focusMake.current = false;
  }, [state.kind]);

  const build = async (scope: PdfScope) => {
    setState({ kind: 'building', progress: { step: 'collecting' } });
    try {
      const { makeCasePdf } = await import('../../pdf/make-pdf');
      const file = await makeCasePdf(caseId, lang, reportSources(tools), {
        tool,
        scope,
        onProgress: (progress) => setState({ kind: 'building', progress }),
      });
      setState({ kind: 'ready', file });
    } catch (error) {
      console.error('PDF failed', error);
      setState({ kind: 'failed' });
    }
  };

  const stepText = (progress: PdfProgress): string => {
    if (progress.step === 'rendering') return t(p.steps.rendering)(progress.done, progress.total);
    return t(p.steps[progress.step]);
  };
  const label = tool ? t(p.makeTool) : t(p.makeCase);
  const fullLabel = tool ? t(p.makeToolLabel)(t(toolMeta(tool).title)) : undefined;

  return (
    <div class="pdf-export no-print" data-pdf-state={state.kind}>
      {(state.kind === 'idle' || state.kind === 'building' || state.kind === 'failed') && (
        <button
          ref={makeButton}
          type="button"
          class={tool ? 'btn' : 'btn btn-primary'}
          aria-label={fullLabel}
          disabled={state.kind === 'building'}
          onClick={() => setState({ kind: 'choosing' })}
        >
          {label}
        </button>
      )}
      {state.kind === 'choosing' && (
        // Hidden, not gone, while the passcode is asked: the choices stay as they were.
        <div hidden={prompt !== null}>
          <AudienceChooser
            caseId={caseId}
            tool={tool}
            onMake={(scope) => guard(() => void build(scope))}
            onCancel={() => {
              focusMake.current = true;
              setState({ kind: 'idle' });
            }}
          />
        </div>
      )}
      {prompt}
      <div class="export-status" role="status">
        {state.kind === 'building' && (
          <span class="export-progress">
            <progress
              value={state.progress.step === 'rendering' ? state.progress.done : undefined}
              max={state.progress.step === 'rendering' ? Math.max(1, state.progress.total) : undefined}
            />
            <span>{stepText(state.progress)}</span>
          </span>
        )}
        {state.kind === 'ready' && <span>{tool ? t(p.readyShort) : t(p.ready)(state.file.name)}</span>}
        {state.kind === 'failed' && <span class="export-error">{t(p.failed)}</span>}
      </div>
      {state.kind === 'ready' && (
        <div class="export-actions">
          <FileReady file={state.file} />
          <button type="button" class="btn btn-quiet" onClick={() => setState({ kind: 'choosing' })}>
            {t(p.again)}
          </button>
        </div>
      )}
    </div>
  );
}
