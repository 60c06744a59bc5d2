import { render } from 'preact';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/print.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
