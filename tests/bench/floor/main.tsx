/**
 * The benchmark's floor: the least an app of this stack can do to show the case list (issue 20).
 * Preact and Dexie with one live query, the same PWA plugin, the few styles the list needs; no
 * snapshot, no router, no translations, no date formatting. `npm run bench` measures its offline
 * cold start beside Peerstart's and a static page's (run.mjs), in the same run.
 */
// biome-ignore lint/style/noRestrictedImports: the floor app is the benchmark's own minimal app, not Peerstart.
import Dexie, { liveQuery, type Table } from 'dexie';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './floor.css';

interface CaseRow {
  id: string;
  organisation: string;
  unit: string;
  roleTitle: string;
  managerName: string;
  peerName: string;
  updatedAt: number;
}

class FloorDb extends Dexie {
  cases!: Table<CaseRow, string>;
  constructor() {
    super('peerstart');
    this.version(1).stores({ cases: 'id, updatedAt', meta: 'key' });
    this.version(2).stores({ toolDocs: '[caseId+tool], caseId', rounds: 'id, [caseId+tool], caseId' });
  }
}
const db = new FloorDb();

function List() {
  const [cases, setCases] = useState<CaseRow[] | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(() => db.cases.orderBy('updatedAt').reverse().toArray()).subscribe({
      next: setCases,
    });
    return () => sub.unsubscribe();
  }, []);
  return (
    <main class="page">
      <h1>Forløb</h1>
      <button type="button" class="btn btn-primary">
        + Nyt forløb
      </button>
      {cases === undefined ? (
        <p>…</p>
      ) : cases.length === 0 ? (
        <p class="empty-state">Ingen forløb endnu.</p>
      ) : (
        <ul class="case-cards">
          {cases.slice(0, 24).map((c) => (
            <li key={c.id}>
              <article class="case-card card">
                <h2 class="case-card-title" elementtiming="case-title">
                  <a href={`/cases/${c.id}`}>{[c.organisation, c.roleTitle].filter(Boolean).join(' – ')}</a>
                </h2>
                <p>{c.unit}</p>
                <p>{[c.managerName, c.peerName].filter(Boolean).join(' · ')}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

render(<List />, document.getElementById('app') as HTMLElement);
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
