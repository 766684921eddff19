import { Button, Table } from '@mantine/core';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/errors';
import { RecordFirstContactDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { FormProblems } from '../../ui/Problems';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';

export function ReportsSection({ kase, staff, refresh }: SectionProps) {
  const { t, label, dateTime, show } = useI18n();
  const [result, record] = useMutation(RecordFirstContactDocument);
  return (
    <Section id="reports" title={t('case.reports')}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('case.received')}</Table.Th>
            <Table.Th>{t('newReport.channel')}</Table.Th>
            <Table.Th>{t('newReport.urgency')}</Table.Th>
            <Table.Th>{t('newReport.reportingPartner')}</Table.Th>
            <Table.Th>{t('case.firstContact')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kase.reports.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{dateTime(r.receivedAt)}</Table.Td>
              <Table.Td>{label('ReportChannel', r.channel)}</Table.Td>
              <Table.Td>{label('ReportUrgency', r.urgency)}</Table.Td>
              <Table.Td>{show(r.reportingPartner?.name) || t('common.none')}</Table.Td>
              <Table.Td>
                {r.firstContactAt ? (
                  dateTime(r.firstContactAt)
                ) : staff ? (
                  <Button
                    size="xs"
                    loading={result.fetching}
                    onClick={async () => {
                      await record({ reportId: r.id });
                      refresh();
                    }}
                  >
                    {t('case.recordFirstContact')}
                  </Button>
                ) : (
                  t('case.firstContactDue', { at: dateTime(r.firstContactDueAt) })
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <FormProblems problems={problemsOf(result.error)} fields={[]} />
    </Section>
  );
}
