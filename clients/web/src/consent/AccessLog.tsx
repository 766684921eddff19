import { Button, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { usePartners } from '../case/sections/PlacementSections';
import type { CaseConsentQuery } from '../generated/graphql';
import { useI18n } from '../i18n';
import { AccessReportDownload } from './AccessReportDownload';

type Row = NonNullable<CaseConsentQuery['caseAccessLog']>[number];

/** "Who saw what": per partner and category, how often allowed and refused; then the raw rows. */
export function AccessLog(props: { caseId: string; rows: Row[] }) {
  const { t, label, dateTime, number, show } = useI18n();
  const [raw, setRaw] = useState(false);
  // Partners by name from the directory (the grant form asks for it too: one request, cached).
  const partners = usePartners(true);
  const partnerName = (code: string) => show(partners.find((p) => p.code === code)?.name) || code;
  /** `GRANT:<ids>`, `BREAK_GLASS:<session>`, `CENTRE_ROLE`, …: the kind of basis, in words. */
  const basis = (code: string) => {
    const kind = code.split(':')[0] ?? code;
    return t(`accessBasis.${kind}`, { defaultValue: code }) as string;
  };
  const summary = new Map<
    string,
    { partner: string; category: string; allowed: number; denied: number; last: string }
  >();
  for (const row of props.rows) {
    for (const category of row.categories) {
      const key = `${row.partner}|${category}`;
      const entry = summary.get(key) ?? {
        partner: row.partner,
        category,
        allowed: 0,
        denied: 0,
        last: row.at,
      };
      if (row.decision === 'ALLOWED') {
        entry.allowed += 1;
      } else {
        entry.denied += 1;
      }
      entry.last = entry.last > row.at ? entry.last : row.at;
      summary.set(key, entry);
    }
  }
  return (
    <section aria-labelledby="who-saw-what">
      <Title order={2} size="h3" mt="lg" id="who-saw-what">
        {t('consent.whoSawWhat')}
      </Title>
      <AccessReportDownload caseId={props.caseId} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('consent.partner')}</Table.Th>
            <Table.Th>{t('consent.category')}</Table.Th>
            <Table.Th>{t('consent.allowed')}</Table.Th>
            <Table.Th>{t('consent.denied')}</Table.Th>
            <Table.Th>{t('consent.last')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...summary.values()].map((s) => (
            <Table.Tr key={`${s.partner}|${s.category}`}>
              <Table.Td>{partnerName(s.partner)}</Table.Td>
              <Table.Td>{label('DataCategory', s.category)}</Table.Td>
              <Table.Td>{number(s.allowed)}</Table.Td>
              <Table.Td>{number(s.denied)}</Table.Td>
              <Table.Td>{dateTime(s.last)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button variant="outline" mt="xs" onClick={() => setRaw(!raw)} aria-expanded={raw}>
        {raw ? t('consent.hideRows') : t('consent.showRows', { count: props.rows.length })}
      </Button>
      {raw && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent.at')}</Table.Th>
              <Table.Th>{t('consent.partner')}</Table.Th>
              <Table.Th>{t('consent.actor')}</Table.Th>
              <Table.Th>{t('consent.categories')}</Table.Th>
              <Table.Th>{t('consent.decision')}</Table.Th>
              <Table.Th>{t('consent.basis')}</Table.Th>
              <Table.Th>{t('consent.operation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{dateTime(row.at)}</Table.Td>
                <Table.Td>{partnerName(row.partner)}</Table.Td>
                <Table.Td>{row.actor}</Table.Td>
                <Table.Td>
                  {row.categories.map((c) => label('DataCategory', c)).join(', ')}
                </Table.Td>
                <Table.Td>
                  {row.decision === 'ALLOWED' ? t('consent.allowed') : t('consent.denied')}
                </Table.Td>
                <Table.Td>{row.breakGlass ? `${basis(row.basis)} ⚠` : basis(row.basis)}</Table.Td>
                <Table.Td>{row.operation ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
