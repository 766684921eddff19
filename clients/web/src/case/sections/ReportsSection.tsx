import { Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/errors';
import {
  AddReportDocument,
  RecordFirstContactDocument,
  type ReportChannel,
  type ReportUrgency,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect } from '../../ui/forms';
import { FormProblems } from '../../ui/Problems';
import type { CaseData, SectionProps } from '../CasePage';
import { PartnerSelect } from './PlacementSections';
import { Section } from './Section';
import { instant, useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

/** A further report on an open case: how it came in, from whom, how urgent, when. */
function AddReportForm({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t } = useI18n();
  const empty = { channel: 'HOTLINE', urgency: 'NORMAL', partner: '', at: '' };
  const { form, clearForm, step, input, choice } = useStepForm(
    AddReportDocument,
    refresh,
    `add-report:${kase.id}`,
    empty,
    'CaseStatus',
  );
  return (
    <form
      onSubmit={step.submit(
        () => ({
          caseId: kase.id,
          input: {
            channel: form.channel as ReportChannel,
            urgency: form.urgency as ReportUrgency,
            reportingPartner: form.partner || null,
            receivedAt: form.at ? instant(form.at) : null,
          },
        }),
        clearForm,
      )}
    >
      <Title order={3} size="h4" mt="md">
        {t('addReport.form')}
      </Title>
      <Stack gap="xs" maw={720}>
        <Group align="start">
          <EnumSelect name="ReportChannel" label={t('newReport.channel')} {...choice('channel')} />
          <EnumSelect name="ReportUrgency" label={t('newReport.urgency')} {...choice('urgency')} />
          <PartnerSelect
            label={t('newReport.reportingPartner')}
            empty={t('common.none')}
            {...choice('partner', 'reportingPartner')}
          />
        </Group>
        <TextInput
          type="datetime-local"
          label={t('addReport.receivedAt')}
          {...input('at', 'receivedAt')}
        />
        <FormProblems
          problems={step.problems}
          fields={['channel', 'urgency', 'reportingPartner', 'receivedAt']}
        />
        <Button type="submit" variant="light" loading={step.fetching} w="fit-content">
          {t('addReport.add')}
        </Button>
      </Stack>
    </form>
  );
}

export function ReportsSection({ kase, staff, refresh }: SectionProps) {
  const { t, label, dateTime, show } = useI18n();
  const [result, record] = useMutation(RecordFirstContactDocument);
  const [adding, setAdding] = useDraftValue(`adding-report:${kase.id}`, false);
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
      {staff &&
        kase.status !== 'CLOSED' &&
        (adding ? (
          <AddReportForm kase={kase} refresh={refresh} />
        ) : (
          <Button mt="sm" variant="light" onClick={() => setAdding(true)}>
            {t('addReport.form')}
          </Button>
        ))}
    </Section>
  );
}
