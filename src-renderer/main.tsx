import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src-main/shared/zod-messages.ts';
import { App } from './app/app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
