/**
 * A small client-side router: the few routes Peerstart has, same-origin link clicks handled without
 * a page load, back/forward, path parameters and the query string. It replaces preact-iso's router
 * to keep the first-load bundle within its 45 kB budget (see docs/benchmarks.md); the hooks keep
 * preact-iso's shape (`useLocation().route`, `useRoute().params/query`).
 * After a navigation, focus moves to <main> so screen-reader users hear the new page.
 */

import { type ComponentChildren, type ComponentType, createContext, toChildArray, type VNode } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadCode } from '../load-code';
import { LoadFailed } from '../ui/LoadFailed';

export interface LocationApi {
  url: string;
  path: string;
  query: Record<string, string>;
  /** Goes to a URL of the app (pushes history unless `replace`). */
  route: (url: string, replace?: boolean) => void;
}

export interface RouteInfo {
  path: string;
  query: Record<string, string>;
  params: Record<string, string>;
}

const LocationContext = createContext<LocationApi | null>(null);
const RouteContext = createContext<RouteInfo>({ path: '/', query: {}, params: {} });

/** Matches `/cases/abc` against `/cases/:caseId`; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const value = have[index] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) return null;
  }
  return params;
}

function currentUrl(): string {
  return location.pathname + location.search;
}

/** The link a click should be handled for: same origin, same tab, no download, plain click. */
function routableLink(event: MouseEvent): HTMLAnchorElement | null {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return null;
  }
  const link = event.composedPath().find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
  if (!link?.href || link.origin !== location.origin || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  if (link.getAttribute('href')?.startsWith('#')) return null;
  return link;
}

/** Provides the current location to the tree and handles link clicks and back/forward. */
export function LocationProvider({ children }: { children: ComponentChildren }) {
  const [url, setUrl] = useState(currentUrl);

  useEffect(() => {
    const onPop = () => setUrl(currentUrl());
    const onClick = (event: MouseEvent) => {
      const link = routableLink(event);
      if (!link) return;
      event.preventDefault();
      const next = link.pathname + link.search;
      if (next !== currentUrl()) history.pushState(null, '', next);
      setUrl(next);
    };
    addEventListener('popstate', onPop);
    addEventListener('click', onClick);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('click', onClick);
    };
  }, []);

  const api = useMemo<LocationApi>(() => {
    const parsed = new URL(url, location.origin);
    return {
      url,
      path: parsed.pathname.replace(/\/+$/, '') || '/',
      query: Object.fromEntries(parsed.searchParams),
      route: (next, replace = false) => {
        if (replace) history.replaceState(null, '', next);
        else history.pushState(null, '', next);
        setUrl(currentUrl());
      },
    };
  }, [url]);

  return <LocationContext.Provider value={api}>{children}</LocationContext.Provider>;
}

/** The current location and `route()` to navigate. */
export function useLocation(): LocationApi {
  const api = useContext(LocationContext);
  if (!api) throw new Error('useLocation() outside <LocationProvider>');
  return api;
}

/** The matched route's parameters and the query string. */
export function useRoute(): RouteInfo {
  return useContext(RouteContext);
}

export interface RouteProps {
  path?: string;
  default?: boolean;
  component: ComponentType;
}

/** Declares a route inside <Router>; the router renders the first match. */
export function Route(_props: RouteProps): null {
  return null;
}

/** Renders the first child <Route> that matches the current path (or the `default` one). */
export function Router({ children }: { children: ComponentChildren }) {
  const { path, query, url } = useLocation();
  const routes = toChildArray(children) as VNode<RouteProps>[];
  let matched: { route: VNode<RouteProps>; params: Record<string, string> } | null = null;
  for (const route of routes) {
    const params = route.props.path ? matchPath(route.props.path, path) : null;
    if (params) {
      matched = { route, params };
      break;
    }
  }
  matched ??= ((fallback) => (fallback ? { route: fallback, params: {} } : null))(
    routes.find((r) => r.props.default),
  );

  // A ref, not state: the first page's effect must not render the whole page a second time
  // (issue 20: on a slow tablet Preact runs effects before the first paint, and the list waited).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new page: start at its top and let screen readers announce it.
    scrollTo(0, 0);
    document.getElementById('main')?.focus();
  }, [url]);

  if (!matched) return null;
  const Component = matched.route.props.component;
  return (
    <RouteContext.Provider value={{ path, query, params: matched.params }}>
      <Component key={matched.route.props.path ?? 'default'} />
    </RouteContext.Provider>
  );
}

/**
 * A component that loads its code on first render (for routes not needed on first load). When the
 * code cannot be fetched even after `loadCode`'s retries (a lost chunk after an update, offline
 * before the service worker had it), it says so and offers to try again instead of showing nothing
 * for ever; `quiet` components (an optional notice) just stay away.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { quiet?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyComponent(props: P) {
    const [attempt, setAttempt] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let active = true;
      pending ??= loadCode(load).then((component) => {
        loaded = component;
        return component;
      });
      pending.then(
        () => active && setAttempt((n) => n + 1),
        (error: unknown) => {
          console.error('Could not load a screen', error);
          pending = null;
          if (active) setFailed(true);
        },
      );
      return () => {
        active = false;
      };
    }, [attempt]);
    const Component = loaded;
    if (Component) return <Component {...props} />;
    if (failed && !options.quiet) {
      return (
        <LoadFailed
          onRetry={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    return null;
  };
}
