import { render } from 'preact';
import { App } from './app/App';
import { openDatabase } from './storage/db-status';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/print.css';

// Start opening IndexedDB before the first render, so the case list's query does not wait for it.
void openDatabase();

const root = document.getElementById('app');
if (root) render(<App />, root);
