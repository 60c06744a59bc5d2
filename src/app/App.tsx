import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { LocationProvider, Route, Router } from 'preact-iso/router';
import { CaseList } from '../features/cases/CaseList';
import { LangProvider } from '../i18n';
import { Toasts } from '../ui/Toasts';
import { DbGate } from './DbGate';
import { DeferredUpdatePrompt } from './DeferredUpdatePrompt';
import { Header } from './Header';
import { NotFound } from './NotFound';
import { SaveErrorBanner } from './SaveErrorBanner';

// Only the case list is in the first-load bundle; every other screen loads when visited.
const CaseOverview = lazy(() => import('../features/cases/CaseOverview').then((m) => m.CaseOverview));
const ToolRoute = lazy(() => import('../features/cases/ToolRoute').then((m) => m.ToolRoute));
const Sources = lazy(() => import('../features/sources/Sources').then((m) => m.Sources));
const Settings = lazy(() => import('../features/settings/Settings').then((m) => m.Settings));

/** The whole app: language, routing, storage status and the update prompt around the screens. */
export function App() {
  return (
    <LangProvider>
      <LocationProvider>
        <Header />
        <main id="main" class="page" tabIndex={-1}>
          <DeferredUpdatePrompt />
          <SaveErrorBanner />
          <DbGate>
            <ErrorBoundary>
              <Router>
                <Route path="/" component={CaseList} />
                <Route path="/cases/:caseId" component={CaseOverview} />
                <Route path="/cases/:caseId/:tool" component={ToolRoute} />
                <Route path="/sources" component={Sources} />
                <Route path="/settings" component={Settings} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </DbGate>
        </main>
        <Toasts />
      </LocationProvider>
    </LangProvider>
  );
}
