import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/app.css';
import './styles/reports.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('The page has no #root element');
}
const root = createRoot(container);
// The first drawing as a transition: React then draws in slices of a few milliseconds and lets the
// browser in between, instead of in one long task. On a phone, React's first run of its own code is
// the longest single piece of the app's start; nothing is on screen yet for it to keep waiting.
startTransition(() => {
  root.render(<App />);
});
