import { Button, Group, NativeSelect, Pagination, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { CaseByCodeDocument, CasesDocument, type CaseStatus } from '../generated/graphql';
import { useI18n } from '../i18n';
import { enumsSrCyrl } from '../i18n/catalogue/enums.sr-Cyrl';
import { CaseCodeCell } from '../ui/CaseCodeCell';
import { Loading } from '../ui/Loading';
import { useDraftValue } from '../auth/drafts';

const PAGE = 20;
const STATUSES = Object.keys(enumsSrCyrl.CaseStatus) as CaseStatus[];

/**
 * Case search. The API finds the cases by status, case worker and text (code or name), in
 * either script and any case (`casesConnection(search:)`); code goes to caseByCode. The first
 * 500 found are paged here.
 */
export function Cases() {
  const { t, label, show, date } = useI18n();
  const navigate = useNavigate();
  const client = useClient();
  const [status, setStatus] = useDraftValue<CaseStatus | ''>('search:status', '');
  const [worker, setWorker] = useDraftValue('search:worker', '');
  const [text, setText] = useDraftValue('search:text', '');
  const [code, setCode] = useDraftValue('search:code', '');
  const [page, setPage] = useState(1);
  const [notFound, setNotFound] = useState(false);
  // The API looks for 2–100 characters; a single one filters nothing yet.
  const term = (value: string) => (value.trim().length >= 2 ? value.trim().slice(0, 100) : null);
  const [{ data, fetching }] = useQuery({
    query: CasesDocument,
    variables: {
      first: 500,
      search: { status: status || null, caseWorker: term(worker), text: term(text) },
    },
  });
  const rows = data?.casesConnection.nodes ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));

  const openByCode = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await client.query(CaseByCodeDocument, { code: code.trim() }).toPromise();
    const id = result.data?.caseByCode?.id;
    setNotFound(!id);
    if (id) {
      void navigate(`/cases/${id}`);
    }
  };

  return (
    <>
      <Group justify="space-between">
        <Title order={1}>{t('cases.title')}</Title>
        <Button component={Link} to="/cases/new">
          {t('nav.newReport')}
        </Button>
      </Group>
      <form
        onSubmit={(event) => void openByCode(event)}
        role="search"
        aria-label={t('cases.byCode')}
      >
        <Group align="end" my="md">
          <TextInput
            label={t('cases.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={notFound ? t('cases.codeNotFound') : undefined}
          />
          <Button type="submit" variant="light">
            {t('cases.open')}
          </Button>
        </Group>
      </form>
      <Group align="end" mb="md" role="search" aria-label={t('cases.filter')}>
        <NativeSelect
          label={t('cases.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as CaseStatus | '');
            setPage(1);
          }}
          data={[
            { value: '', label: t('cases.anyStatus') },
            ...STATUSES.map((s) => ({ value: s, label: label('CaseStatus', s) })),
          ]}
        />
        <TextInput
          label={t('cases.caseWorker')}
          value={worker}
          onChange={(e) => {
            setWorker(e.currentTarget.value);
            setPage(1);
          }}
        />
        <TextInput
          label={t('cases.text')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPage(1);
          }}
        />
      </Group>
      {fetching && !data ? (
        <Loading />
      ) : (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.code')}</Table.Th>
                <Table.Th>{t('case.name')}</Table.Th>
                <Table.Th>{t('cases.status')}</Table.Th>
                <Table.Th>{t('cases.caseWorker')}</Table.Th>
                <Table.Th>{t('cases.opened')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice((page - 1) * PAGE, page * PAGE).map((c) => (
                <Table.Tr key={c.id}>
                  <CaseCodeCell id={c.id} code={c.code} />
                  <Table.Td>
                    {show([c.person.givenName, c.person.familyName].filter(Boolean).join(' '))}
                  </Table.Td>
                  <Table.Td>{label('CaseStatus', c.status)}</Table.Td>
                  <Table.Td>{show(c.caseWorker.name)}</Table.Td>
                  <Table.Td>{date(c.openedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pagination
            mt="md"
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({
              'aria-label': t(`cases.page.${control}`),
            })}
            getItemProps={(n) => ({ 'aria-label': t('cases.page.number', { n }) })}
          />
        </>
      )}
    </>
  );
}
