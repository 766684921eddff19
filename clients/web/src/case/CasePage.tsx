import { Alert, Anchor, Badge, Group, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { isCaseStaff, useSession } from '../auth/session';
import { BreakGlassBanner } from '../breakglass/BreakGlassBanner';
import { CaseEventsDocument, CasePageDocument, type CasePageQuery } from '../generated/graphql';
import { useI18n } from '../i18n';
import { AssessmentSection } from './sections/AssessmentSection';
import { ClosingSection } from './sections/ClosingSection';
import { IdentificationSection } from './sections/IdentificationSection';
import { ConferencesSection } from './sections/ConferencesSection';
import { LegalSection } from './sections/LegalSection';
import { TimelineSection } from './sections/TimelineSection';
import { AccommodationSection } from './sections/PlacementSections';
import { ReturnSection } from './sections/ReturnSection';
import { PersonSection } from './sections/PersonSection';
import { PlanSection } from './sections/PlanSection';
import { ReportsSection } from './sections/ReportsSection';
import { Loading } from '../ui/Loading';

export type CaseData = NonNullable<CasePageQuery['case']>;

/** What every section gets: the case, the read's errors (for "not shared"), and a refresh. */
export interface SectionProps {
  kase: CaseData;
  error: ReturnType<typeof useQuery>[0]['error'];
  /** Centre case staff (case worker, supervisor): offered every workflow step. */
  staff: boolean;
  refresh: () => void;
}

/**
 * One case on one page: every section comes from a single GraphQL request (CasePage); live case
 * events (a referral answered by its provider, say) refetch it.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const session = useSession();
  // Case workers and supervisors: the roles the API lets take a case's workflow steps.
  const staff = isCaseStaff(session);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CasePageDocument,
    variables: { id },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useSubscription({ query: CaseEventsDocument, variables: { caseId: id } }, (_, event) => {
    refresh();
    return event;
  });

  if (!data) {
    return fetching ? <Loading /> : <Alert>{t('errors.notFound')}</Alert>;
  }
  if (!data.case) {
    return <Alert role="alert">{t('case.notVisible')}</Alert>;
  }
  const kase = data.case;
  const props: SectionProps = { kase, error, staff, refresh };
  return (
    <>
      <BreakGlassBanner caseId={kase.id} />
      <Group justify="space-between" align="center" mb="md">
        <Title order={1}>
          {t('case.title', { code: kase.code })}{' '}
          <Badge size="lg" variant="outline">
            {label('CaseStatus', kase.status)}
          </Badge>
        </Title>
        {staff && (
          <Anchor component={Link} to={`/cases/${kase.id}/consent`}>
            {t('case.consentLink')}
          </Anchor>
        )}
      </Group>
      <PersonSection {...props} />
      <ReportsSection {...props} />
      <IdentificationSection {...props} />
      <AssessmentSection {...props} />
      <PlanSection {...props} />
      <AccommodationSection {...props} />
      <ReturnSection {...props} />
      <LegalSection {...props} />
      <ConferencesSection {...props} />
      <ClosingSection {...props} />
      <TimelineSection {...props} />
    </>
  );
}
