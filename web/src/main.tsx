import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { resources } from './app/i18nResources';
import { setupI18n } from './lib/i18n/i18n';
import { session } from './lib/auth/session';
import './styles/global.css';

await setupI18n(resources);
void session.restore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
