import { Alert, Anchor, Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { useDraft } from '../auth/drafts';
import { CaseConsentDocument, RevokeConsentDocument } from '../generated/graphql';
import { useI18n } from '../i18n';
import { FormProblems, fieldError, useProblemText } from '../ui/Problems';
import { AccessLog } from './AccessLog';
import { GrantForm } from './GrantForm';
import { Loading } from '../ui/Loading';

function RevokeForm(props: { grantId: string; done: () => void }) {
  const { t } = useI18n();
  const text = useProblemText();
  const [{ reason }, update, clear] = useDraft(`revoke:${props.grantId}`, { reason: '' });
  const [result, revoke] = useMutation(RevokeConsentDocument);
  const problems = problemsOf(result.error);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if ((await revoke({ grantId: props.grantId, reason })).data) {
          clear();
          props.done();
        }
      }}
    >
      <Group align="end">
        <TextInput
          label={t('consent.reason')}
          value={reason}
          onChange={(e) => update({ reason: e.currentTarget.value })}
          error={fieldError(problems, 'reason', text)}
        />
        <Button type="submit" color="red.9" loading={result.fetching}>
          {t('consent.confirmRevoke')}
        </Button>
      </Group>
      <FormProblems problems={problems} fields={['reason']} />
    </form>
  );
}

/** The grants of one case, granting and revoking, and who saw what. */
export function Consent() {
  const { id = '' } = useParams();
  const { t, label, show, dateTime } = useI18n();
  const [{ data, fetching }, reexecute] = useQuery({
    query: CaseConsentDocument,
    variables: { caseId: id },
  });
  // Which grant's revoke form is open is kept like what is typed in it: a 401 does not close it.
  const [{ revoking }, setOpen] = useDraft(`revoking:${id}`, { revoking: null as string | null });
  const setRevoking = (grant: string | null) => setOpen({ revoking: grant });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (!data) {
    return fetching ? <Loading /> : <Alert>{t('errors.notFound')}</Alert>;
  }
  if (!data.case) {
    // No such case (or not one this user may see): said, not an endless spinner.
    return <Alert role="alert">{t('case.notVisible')}</Alert>;
  }
  return (
    <>
      <Title order={1} mb="xs">
        {t('consent.title', { code: data.case.code })}
      </Title>
      <Anchor component={Link} to={`/cases/${id}`}>
        {t('consent.backToCase')}
      </Anchor>
      <Title order={2} size="h3" mt="md">
        {t('consent.grants')}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('consent.grantee')}</Table.Th>
            <Table.Th>{t('consent.categories')}</Table.Th>
            <Table.Th>{t('consent.purpose')}</Table.Th>
            <Table.Th>{t('consent.basis')}</Table.Th>
            <Table.Th>{t('consent.period')}</Table.Th>
            <Table.Th>{t('consent.evidence')}</Table.Th>
            <Table.Th>{t('consent.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data.case.consents ?? []).map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>{show(g.grantee?.name ?? '—')}</Table.Td>
              <Table.Td>{g.categories.map((c) => label('DataCategory', c)).join(', ')}</Table.Td>
              <Table.Td>{label('ConsentPurpose', g.purpose)}</Table.Td>
              <Table.Td>
                {label('LegalBasis', g.legalBasis)} · {label('GivenBy', g.givenBy)}
                {g.legalProvision ? ` · ${show(g.legalProvision)}` : ''}
              </Table.Td>
              <Table.Td>
                {dateTime(g.validFrom)} –{' '}
                {g.validUntil ? dateTime(g.validUntil) : t('consent.openEnded')}
              </Table.Td>
              <Table.Td>{show(g.evidence)}</Table.Td>
              <Table.Td>
                {g.active ? (
                  <>
                    <Text component="span" fw={700}>
                      {t('consent.active')}
                    </Text>{' '}
                    {revoking === g.id ? (
                      <RevokeForm
                        grantId={g.id}
                        done={() => {
                          setRevoking(null);
                          refresh();
                        }}
                      />
                    ) : (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => setRevoking(g.id)}
                        aria-label={t('consent.revokeFor', {
                          grantee: show(g.grantee?.name ?? '—'),
                        })}
                      >
                        {t('consent.revoke')}
                      </Button>
                    )}
                  </>
                ) : g.revokedAt ? (
                  t('consent.revokedAt', {
                    at: dateTime(g.revokedAt),
                    reason: show(g.revocationReason),
                  })
                ) : (
                  t('consent.inactive')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <GrantForm caseId={id} done={refresh} />
      <AccessLog caseId={id} rows={data.caseAccessLog ?? []} />
    </>
  );
}
