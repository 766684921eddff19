import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';

await initI18n();
createRoot(document.getElementById('root')!).render(<App />);
