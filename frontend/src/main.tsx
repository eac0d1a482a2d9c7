import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/app.css';
import './styles/reports.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('The page has no #root element');
}
createRoot(container).render(<App />);
