import { Alert } from '@mantine/core';
import { useQuery } from 'urql';
import { isSupervisor, useSession } from '../auth/session';
import { BreakGlassReviewsDocument } from '../generated/graphql';
import { useI18n } from '../i18n';

/** While a break-glass session on this case is open, every page of it says so. */
export function BreakGlassBanner(props: { caseId: string }) {
  const { t, dateTime } = useI18n();
  const supervisor = isSupervisor(useSession());
  const [{ data }] = useQuery({ query: BreakGlassReviewsDocument, pause: !supervisor });
  const open = (data?.breakGlassReviews ?? []).find(
    (s) => s.caseId === props.caseId && new Date(s.expiresAt).getTime() > Date.now(),
  );
  if (!open) {
    return null;
  }
  return (
    <Alert color="red.9" role="status" mb="md" title={t('breakGlass.bannerTitle')}>
      {t('breakGlass.banner', { until: dateTime(open.expiresAt) })}
    </Alert>
  );
}
