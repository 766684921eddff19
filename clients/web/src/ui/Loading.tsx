import { Loader } from '@mantine/core';
import { useI18n } from '../i18n';

/**
 * The one loading indicator: a status with its name in the chosen language. (Mantine's Loader is
 * a bare span; a name on an element without a role is one axe forbids, and screen readers skip.)
 */
export function Loading() {
  const { t } = useI18n();
  return <Loader role="status" aria-label={t('common.loading')} />;
}
