import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resources } from '@/app/i18nResources';
import { setupI18n } from '@/lib/i18n/i18n';

await setupI18n(resources, 'fr');

afterEach(() => cleanup());
