import { Anchor, Button, Group, NativeSelect, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { clearAllDrafts } from '../auth/drafts';
import {
  endSession,
  hasRole,
  isCaseStaff,
  isCentre,
  isSupervisor,
  useSession,
} from '../auth/session';
import { LANGUAGES, setLanguage, useI18n, type Language } from '../i18n';
import './layout.css';

/** Language names are written in their own language and script, whatever the page's language. */
export const AUTONYMS: Record<Language, string> = {
  'sr-Cyrl': 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
  en: 'English',
};

export function LanguageSwitcher() {
  const { t, language } = useI18n();
  return (
    <NativeSelect
      label={t('language.label')}
      value={language}
      onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
      data={LANGUAGES.map((value) => ({ value, label: AUTONYMS[value] }))}
    />
  );
}

export function Layout(props: { children: React.ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const centre = isCentre(session);
  // Each Centre role sees the pages of its own work: analysts and administrators work no cases;
  // statistics are for analysts and supervisors.
  const statistics = centre && hasRole(session, 'ANALYST', 'SUPERVISOR');
  const links = centre
    ? [
        ...(isCaseStaff(session)
          ? [
              ['/', t('nav.today')],
              ['/cases', t('nav.cases')],
              ['/cases/new', t('nav.newReport')],
              ...(isSupervisor(session) ? [['/break-glass', t('nav.breakGlass')]] : []),
            ]
          : []),
        ...(statistics ? [['/statistics', t('nav.statistics')]] : []),
      ]
    : [
        ['/portal/referrals', t('nav.referrals')],
        ['/portal/cases', t('nav.partnerCases')],
        ['/portal/plan-items', t('nav.planItems')],
        ['/portal/hearings', t('nav.hearings')],
      ];
  return (
    <div className="layout">
      <header className="layout-header">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} component="p">
            {t('app.title')}
          </Text>
          <Group align="end">
            <LanguageSwitcher />
            <Text component="p" size="sm">
              {t('app.signedInAs', {
                partner: session?.partner ?? '',
                roles: session?.roles.join(', ') ?? '',
              })}
            </Text>
            <Button
              variant="outline"
              onClick={() => {
                clearAllDrafts();
                endSession();
                void navigate('/sign-in');
              }}
            >
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
        {links.length > 0 && (
          <nav aria-label={t('nav.label')}>
            <Group gap="lg">
              {links.map(([to, text]) => (
                <Anchor key={to} component={Link} to={to}>
                  {text}
                </Anchor>
              ))}
            </Group>
          </nav>
        )}
      </header>
      <main className="layout-main">{props.children}</main>
    </div>
  );
}
