import type { Resource } from 'i18next';
import * as common from '@/lib/i18n/common';
import * as catalog from '@/features/catalog/locales';
import * as account from '@/features/account/locales';
import * as learning from '@/features/learning/locales';
import * as authoring from '@/features/authoring/locales';
import * as admin from '@/features/admin/locales';
import * as notifications from '@/features/notifications/locales';
import * as payments from '@/features/payments/locales';
import * as ai from '@/features/ai/locales';

/** Every namespace: "common" for the shell, one per feature. */
export const namespaces = { common, catalog, account, learning, authoring, admin, notifications, payments, ai };

export const resources: Resource = {
  fr: Object.fromEntries(Object.entries(namespaces).map(([name, locale]) => [name, locale.fr])),
  en: Object.fromEntries(Object.entries(namespaces).map(([name, locale]) => [name, locale.en])),
};
