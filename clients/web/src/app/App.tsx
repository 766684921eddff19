import { MantineProvider, createTheme } from '@mantine/core';
import { useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from '../api/client';
import { hasRole, isCentre, useSession } from '../auth/session';
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
import { Layout } from './Layout';

// Mantine's default blue on white is below 4.5:1 for small text; a darker shade passes WCAG AA.
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8 });

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

function Home() {
  const session = useSession();
  if (isCentre(session) && !hasRole(session, 'CASE_WORKER', 'SUPERVISOR', 'ADMIN')) {
    return <Navigate to="/statistics" replace />;
  }
  return isCentre(session) ? <Today /> : <Navigate to="/portal/referrals" replace />;
}

export function App() {
  const session = useSession();
  // A new client per signed-in user: no cached answer of one user is ever shown to the next.
  const client = useMemo(() => createApiClient(), [session?.partner, session?.roles.join()]);
  const page = (element: React.ReactNode) => <Protected>{element}</Protected>;
  return (
    <MantineProvider theme={theme}>
      <Provider value={client}>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="/sign-in/callback" element={<OidcCallback />} />
            <Route path="/" element={page(<Home />)} />
            <Route path="/cases" element={page(<Cases />)} />
            <Route path="/cases/new" element={page(<NewReport />)} />
            <Route path="/cases/:id" element={page(<CasePage />)} />
            <Route path="/cases/:id/consent" element={page(<Consent />)} />
            <Route path="/break-glass" element={page(<BreakGlass />)} />
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
