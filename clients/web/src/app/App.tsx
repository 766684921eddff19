import { Alert, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from '../api/client';
import { hasRole, isCaseStaff, isCentre, isSupervisor, useSession } from '../auth/session';
import { OidcCallback, SignIn } from '../auth/SignIn';
import { BreakGlass } from '../breakglass/BreakGlass';
import { CasePage } from '../case/CasePage';
import { Cases } from '../cases/Cases';
import { NewReport } from '../cases/NewReport';
import { ConferencePage } from '../conference/ConferencePage';
import { Consent } from '../consent/Consent';
import { PartnerCases, PartnerHearings, PartnerPlanItems } from '../partner/PartnerLists';
import { ReferralInbox } from '../partner/ReferralInbox';
import { Statistics } from '../statistics/Statistics';
import { Today } from '../today/Today';
import { useI18n } from '../i18n';
import { Layout } from './Layout';

// Mantine's default blue on white is below 4.5:1 for small text; a darker shade passes WCAG AA.
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8 });
// The same for the colour of a field's error under its input: Mantine's red is 4.5:1 at best.
const colours: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

/** Every page but sign-in needs a session; without one, sign-in, then back to where you were. */
function Protected(props: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Layout>{props.children}</Layout>;
}

/**
 * A page of the Centre's case work, for the roles the API lets do it (case workers and
 * supervisors; `supervisor`: supervisors only). Anyone else is told whose work it is, not shown
 * forms the API would refuse.
 */
function CaseWork(props: { children: React.ReactNode; supervisor?: boolean }) {
  const session = useSession();
  const { t } = useI18n();
  if (!(props.supervisor ? isSupervisor(session) : isCaseStaff(session))) {
    return (
      <Alert role="status">{t(props.supervisor ? 'role.notSupervisor' : 'role.notCaseWork')}</Alert>
    );
  }
  return props.children;
}

function Home() {
  const session = useSession();
  if (!isCentre(session)) {
    return <Navigate to="/portal/referrals" replace />;
  }
  // An analyst's work is the statistics.
  if (!isCaseStaff(session) && hasRole(session, 'ANALYST')) {
    return <Navigate to="/statistics" replace />;
  }
  return (
    <CaseWork>
      <Today />
    </CaseWork>
  );
}

export function App() {
  const session = useSession();
  // A new client per signed-in user: no cached answer of one user is ever shown to the next.
  const client = useMemo(() => createApiClient(), [session?.partner, session?.roles.join()]);
  const page = (element: React.ReactNode) => <Protected>{element}</Protected>;
  const work = (element: React.ReactNode, supervisor = false) =>
    page(<CaseWork supervisor={supervisor}>{element}</CaseWork>);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={colours}>
      <Provider value={client}>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="/sign-in/callback" element={<OidcCallback />} />
            <Route path="/" element={page(<Home />)} />
            <Route path="/cases" element={work(<Cases />)} />
            <Route path="/cases/new" element={work(<NewReport />)} />
            <Route path="/cases/:id" element={page(<CasePage />)} />
            <Route path="/cases/:id/consent" element={work(<Consent />)} />
            <Route path="/break-glass" element={work(<BreakGlass />, true)} />
            <Route path="/conferences/:id" element={page(<ConferencePage />)} />
            <Route path="/statistics" element={page(<Statistics />)} />
            <Route path="/portal/cases" element={page(<PartnerCases />)} />
            <Route path="/portal/referrals" element={page(<ReferralInbox />)} />
            <Route path="/portal/plan-items" element={page(<PartnerPlanItems />)} />
            <Route path="/portal/hearings" element={page(<PartnerHearings />)} />
            <Route path="*" element={page(<Navigate to="/" replace />)} />
          </Routes>
        </BrowserRouter>
      </Provider>
    </MantineProvider>
  );
}
