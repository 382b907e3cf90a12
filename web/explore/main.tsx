/** The explorer page (/explore): bundled by scripts/build-web.ts, talks only to /graphql. */
import './explore.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
