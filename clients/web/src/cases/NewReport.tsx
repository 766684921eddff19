import { Button, Fieldset, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { useDraft } from '../auth/drafts';
import {
  ReportCaseDocument,
  ReportingPartnersDocument,
  type ReportChannel,
  type ReportUrgency,
  type Sex,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { enumsSrCyrl } from '../i18n/catalogue/enums.sr-Cyrl';
import { fieldError, FormProblems, useProblemText } from '../ui/Problems';

const options = <E extends keyof typeof enumsSrCyrl>(name: E, label: (e: E, v: string) => string) =>
  Object.keys(enumsSrCyrl[name]).map((value) => ({ value, label: label(name, value) }));

const EMPTY = {
  caseWorkerName: '',
  channel: 'HOTLINE' as ReportChannel,
  urgency: 'NORMAL' as ReportUrgency,
  reportingPartner: '',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  sex: '' as Sex | '',
  citizenship: '',
  phone: '',
};

/** A new report opens a case; the first contact is then due within 24 hours. */
export function NewReport() {
  const { t, label, show } = useI18n();
  const navigate = useNavigate();
  const text = useProblemText();
  const [draft, update, clear] = useDraft('new-report', EMPTY);
  const [partners] = useQuery({ query: ReportingPartnersDocument });
  const [result, report] = useMutation(ReportCaseDocument);
  const problems = problemsOf(result.error);
  const orNull = (value: string) => value.trim() || null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await report({
      input: {
        caseWorkerName: draft.caseWorkerName,
        report: {
          channel: draft.channel,
          urgency: draft.urgency,
          reportingPartner: orNull(draft.reportingPartner),
        },
        person: {
          givenName: orNull(draft.givenName),
          familyName: orNull(draft.familyName),
          dateOfBirth: orNull(draft.dateOfBirth),
          sex: draft.sex || null,
          citizenship: orNull(draft.citizenship),
          phone: orNull(draft.phone),
        },
      },
    });
    const id = done.data?.reportCase.id;
    if (id) {
      clear();
      void navigate(`/cases/${id}`);
    }
  };
  const input = (name: keyof typeof EMPTY, labelText: string, type = 'text') => (
    <TextInput
      label={labelText}
      type={type}
      value={draft[name]}
      onChange={(e) => update({ [name]: e.currentTarget.value })}
      error={fieldError(problems, name, text)}
    />
  );

  return (
    <>
      <Title order={1} mb="md">
        {t('newReport.title')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack maw={640}>
          <Fieldset legend={t('newReport.report')}>
            {input('caseWorkerName', t('newReport.caseWorkerName'))}
            <NativeSelect
              label={t('newReport.channel')}
              value={draft.channel}
              onChange={(e) => update({ channel: e.currentTarget.value as ReportChannel })}
              data={options('ReportChannel', label)}
            />
            <NativeSelect
              label={t('newReport.urgency')}
              value={draft.urgency}
              onChange={(e) => update({ urgency: e.currentTarget.value as ReportUrgency })}
              data={options('ReportUrgency', label)}
            />
            <NativeSelect
              label={t('newReport.reportingPartner')}
              value={draft.reportingPartner}
              onChange={(e) => update({ reportingPartner: e.currentTarget.value })}
              error={fieldError(problems, 'reportingPartner', text)}
              data={[
                { value: '', label: t('common.none') },
                ...(partners.data?.partners ?? []).map((p) => ({
                  value: p.code,
                  label: show(p.name),
                })),
              ]}
            />
          </Fieldset>
          <Fieldset legend={t('newReport.person')}>
            {input('givenName', t('case.givenName'))}
            {input('familyName', t('case.familyName'))}
            {input('dateOfBirth', t('case.dateOfBirth'), 'date')}
            <NativeSelect
              label={t('case.sex')}
              value={draft.sex}
              onChange={(e) => update({ sex: e.currentTarget.value as Sex | '' })}
              data={[{ value: '', label: t('common.unknown') }, ...options('Sex', label)]}
            />
            {input('citizenship', t('case.citizenship'))}
            {input('phone', t('case.phone'), 'tel')}
          </Fieldset>
          <FormProblems problems={problems} fields={Object.keys(EMPTY)} />
          <Group>
            <Button type="submit" loading={result.fetching}>
              {t('newReport.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
