import { Alert, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitcher } from '../app/Layout';
import { useI18n } from '../i18n';
import { loadWebConfig, type WebConfig } from './config';
import { completeOidcSignIn, signInWithOidc } from './oidc';
import { sessionEndedBecause, startSession } from './session';
import { Loading } from '../ui/Loading';

interface DevUser {
  partner: string;
  partnerName: string;
  roles: string[];
}

/** A token from the gateway's development endpoint (404 when HUB_ENV=production). */
async function devToken(partner: string, roles: string[]) {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ partner, roles }),
  });
  if (!response.ok) {
    throw new Error(`dev token: ${response.status}`);
  }
  const body = (await response.json()) as { token: string; expiresAt: string | number };
  return { token: body.token, expiresAt: new Date(body.expiresAt).getTime() };
}

/** Only paths inside this application are followed after sign-in. */
const safeNext = (next: string | null) => (next && /^\/(?!\/)/.test(next) ? next : '/');

export function SignIn() {
  const { t, show } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [config, setConfig] = useState<WebConfig | null>(null);
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void loadWebConfig().then(setConfig);
    void fetch('/dev/users')
      .then(async (response) => (response.ok ? ((await response.json()) as DevUser[]) : []))
      .catch(() => [])
      .then(setUsers);
  }, []);

  const signIn = async (user: DevUser) => {
    try {
      const { token, expiresAt } = await devToken(user.partner, user.roles);
      startSession({ token, expiresAt, partner: user.partner, roles: user.roles, via: 'dev' }, () =>
        devToken(user.partner, user.roles),
      );
      void navigate(next, { replace: true });
    } catch {
      setFailed(true);
    }
  };

  return (
    <Container size="md" py="lg">
      <header>
        <Group justify="space-between" align="end">
          <Text fw={700}>{t('app.title')}</Text>
          <LanguageSwitcher />
        </Group>
      </header>
      <main>
        <Title order={1} my="md">
          {t('signIn.title')}
        </Title>
        {sessionEndedBecause() === 'expired' && (
          <Alert color="yellow" mb="md">
            {t('signIn.expired')}
          </Alert>
        )}
        {failed && (
          <Alert color="red.9" mb="md" role="alert">
            {t('signIn.failed')}
          </Alert>
        )}
        {config?.oidc && (
          <Button mb="lg" onClick={() => void signInWithOidc(config.oidc!, next)}>
            {t('signIn.oidc')}
          </Button>
        )}
        {users === null ? (
          <Loading />
        ) : users.length > 0 ? (
          <section aria-labelledby="dev-users">
            <Title order={2} id="dev-users" size="h3" mb="xs">
              {t('signIn.devUsers')}
            </Title>
            <Text mb="sm">{t('signIn.devHint')}</Text>
            <Stack gap="xs">
              {users.map((user) => (
                <Card key={user.partner} withBorder padding="xs">
                  <Group justify="space-between">
                    <Text>
                      {show(user.partnerName)} ({user.partner})
                    </Text>
                    <Group gap="xs">
                      {user.roles.map((role) => (
                        <Button
                          key={role}
                          variant="light"
                          size="xs"
                          onClick={() => void signIn({ ...user, roles: [role] })}
                          aria-label={t('signIn.as', {
                            partner: `${show(user.partnerName)} (${user.partner})`,
                            role: t(`roles.${role}`, { defaultValue: role }),
                          })}
                        >
                          {t(`roles.${role}`, { defaultValue: role })}
                        </Button>
                      ))}
                    </Group>
                  </Group>
                </Card>
              ))}
            </Stack>
          </section>
        ) : (
          !config?.oidc && <Text>{t('signIn.none')}</Text>
        )}
      </main>
    </Container>
  );
}

/** Where the OpenID Connect issuer sends the browser back with the authorisation code. */
export function OidcCallback() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void loadWebConfig().then(async (config) => {
      try {
        if (!config.oidc) {
          throw new Error('OIDC is not configured');
        }
        void navigate(safeNext(await completeOidcSignIn(config.oidc)), { replace: true });
      } catch {
        setFailed(true);
      }
    });
  }, [navigate]);
  return <main>{failed ? <Alert role="alert">{t('signIn.failed')}</Alert> : <Loading />}</main>;
}
