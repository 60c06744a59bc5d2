import type { ComponentChildren } from 'preact';
import { LangProvider } from '../i18n';
import { AutoLock } from '../lock/AutoLock';
import { LocationProvider, lazyComponent, Route, Router, useLocation } from '../router/router';
import { Home } from '../screens/workshop/Home';
import { WorkshopGate } from '../screens/workshop/WorkshopGate';
import { Toasts } from '../ui/Toasts';
import { DbGate } from './DbGate';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { NotFound } from './NotFound';
import { SaveErrorBanner } from './SaveErrorBanner';

// Only the case list is in the first-load bundle; every other screen loads when visited.
const CaseOverview = lazyComponent(() => import('../screens/cases/CaseOverview').then((m) => m.CaseOverview));
const ToolRoute = lazyComponent(() => import('../screens/cases/ToolRoute').then((m) => m.ToolRoute));
const Sources = lazyComponent(() => import('../screens/sources/Sources').then((m) => m.Sources));
const Settings = lazyComponent(() => import('../screens/settings/Settings').then((m) => m.Settings));
const Handover = lazyComponent(() => import('../screens/workshop/Handover').then((m) => m.Handover));
/** Resolves once start-up work is done: when the browser is first idle (at most 2 s), else after 1 s. */
function afterStartup(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 1000); // Safari before 18 has no requestIdleCallback
  });
}

// The update prompt (and the service-worker registration with workbox-window behind it) is not
// needed to show the case list: it loads once start-up is done, off the critical path.
const UpdatePrompt = lazyComponent(
  () => afterStartup().then(() => import('./UpdatePrompt').then((m) => m.UpdatePrompt)),
  { quiet: true },
);

/** A screen that throws is caught here; navigating to another screen clears it. */
function ScreenBoundary({ children }: { children: ComponentChildren }) {
  const { url } = useLocation();
  return <ErrorBoundary resetKey={url}>{children}</ErrorBoundary>;
}

/** The whole app: language, routing, storage status and the update prompt around the screens. */
export function App() {
  return (
    <LangProvider>
      <LocationProvider>
        <Header />
        <AutoLock />
        <main id="main" class="page" tabIndex={-1}>
          <SaveErrorBanner />
          <DbGate>
            <ScreenBoundary>
              <WorkshopGate>
                <Router>
                  <Route path="/" component={Home} />
                  <Route path="/cases/:caseId" component={CaseOverview} />
                  <Route path="/cases/:caseId/:tool" component={ToolRoute} />
                  <Route path="/sources" component={Sources} />
                  <Route path="/settings" component={Settings} />
                  <Route path="/workshop/hand-over" component={Handover} />
                  <Route default component={NotFound} />
                </Router>
              </WorkshopGate>
            </ScreenBoundary>
          </DbGate>
        </main>
        {/* Out of the page flow, so a late update or offline-ready notice never shifts the content. */}
        <div class="bottom-stack">
          <UpdatePrompt />
          <Toasts />
        </div>
      </LocationProvider>
    </LangProvider>
  );
}
