import { Component, type ComponentChildren } from 'preact';
import { problemsUi } from '../../content/ui-problems';
import { useLang } from '../i18n';

function Crashed({ onRetry }: { onRetry: () => void }) {
  const { t } = useLang();
  return (
    <div class="banner banner-danger" role="alert">
      <p>{t(problemsUi.screen.crashed)}</p>
      <div class="banner-actions">
        <button type="button" class="btn" onClick={onRetry}>
          {t(problemsUi.screen.retry)}
        </button>
        <a class="btn" href="/" onClick={onRetry}>
          {t(problemsUi.screen.home)}
        </a>
      </div>
    </div>
  );
}

/**
 * Catches a screen that throws while rendering: the shell (header, save state, navigation) stays,
 * and the screen area says what happened instead of going blank. `resetKey` (the URL) clears the
 * error when the user navigates away, so a broken screen never stays up on the next one.
 */
export class ErrorBoundary extends Component<
  { children: ComponentChildren; resetKey: string },
  { error: unknown; key: string }
> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static override getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static override getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: unknown; key: string },
  ): Partial<{ error: unknown; key: string }> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown) {
    console.error('A screen failed', error);
  }

  override render() {
    if (this.state.error !== null) return <Crashed onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
