import { useState } from 'preact/hooks';
import { exportUi } from '../../../content/export';
import { toolMeta } from '../../../content/tools';
import type { ToolId } from '../../../content/types';
import type { PdfProgress } from '../../export/make-pdf';
import { useLang } from '../../i18n';
import { usePasscodeGate } from '../lock/PasscodeGate';
import { reportSources, useTools } from '../tools-context';
import { FileReady } from './FileReady';
import './export.css';

type PdfState =
  | { kind: 'idle' }
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

  const build = async () => {
    setState({ kind: 'building', progress: { step: 'collecting' } });
    try {
      const { makeCasePdf } = await import('../../export/make-pdf');
      const file = await makeCasePdf(caseId, lang, reportSources(tools), {
        tool,
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
      {prompt}
      {state.kind !== 'ready' && (
        <button
          type="button"
          hidden={prompt !== null}
          class={tool ? 'btn' : 'btn btn-primary'}
          aria-label={fullLabel}
          disabled={state.kind === 'building'}
          onClick={() => guard(() => void build())}
        >
          {label}
        </button>
      )}
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
          <button type="button" class="btn btn-quiet" onClick={() => guard(() => void build())}>
            {t(p.again)}
          </button>
        </div>
      )}
    </div>
  );
}
