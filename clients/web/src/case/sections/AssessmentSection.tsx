import { Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/errors';
import { useDraft } from '../../auth/drafts';
import {
  RecordAssessmentDocument,
  type AssessmentArea,
  type AssessmentKind,
  type AssessmentLevel,
  type AssessmentSubject,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect, today } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { NotShared } from '../../ui/Value';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';

const EMPTY = {
  assessedOn: today(),
  area: 'SAFETY',
  kind: 'RISK',
  level: 'MEDIUM',
  subject: 'VICTIM',
  note: '',
};

/** Risks, strengths and needs; recording again makes a new version. */
export function AssessmentSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, show, date } = useI18n();
  const text = useProblemText();
  const [draft, update, clear] = useDraft(`assessment:${kase.id}`, EMPTY);
  const [result, record] = useMutation(RecordAssessmentDocument);
  const problems = problemsOf(result.error);
  const a = kase.assessment;
  return (
    <Section id="assessment" title={t('case.assessment')}>
      <NotShared error={error} path={['case', 'assessment']} />
      {a && (
        <>
          <p>{t('assess.version', { version: a.version ?? 1, on: date(a.assessedOn) })}</p>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assess.area')}</Table.Th>
                <Table.Th>{t('assess.kind')}</Table.Th>
                <Table.Th>{t('assess.level')}</Table.Th>
                <Table.Th>{t('assess.subject')}</Table.Th>
                <Table.Th>{t('assess.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(a.findings ?? []).map((f, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{label('AssessmentArea', f.area)}</Table.Td>
                  <Table.Td>{label('AssessmentKind', f.kind)}</Table.Td>
                  <Table.Td>{label('AssessmentLevel', f.level)}</Table.Td>
                  <Table.Td>{label('AssessmentSubject', f.subject)}</Table.Td>
                  <Table.Td>{show(f.note)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {staff && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await record({
              input: {
                caseId: kase.id,
                assessedOn: draft.assessedOn,
                findings: [
                  {
                    area: draft.area as AssessmentArea,
                    kind: draft.kind as AssessmentKind,
                    level: draft.level as AssessmentLevel,
                    subject: draft.subject as AssessmentSubject,
                    note: draft.note.trim() || null,
                  },
                ],
              },
            });
            if (done.data) {
              clear();
              refresh();
            }
          }}
        >
          <Title order={3} size="h4" mt="md">
            {t('assess.form')}
          </Title>
          <Stack gap="xs" maw={720}>
            <TextInput
              type="date"
              label={t('assess.assessedOn')}
              value={draft.assessedOn}
              onChange={(e) => update({ assessedOn: e.currentTarget.value })}
              error={fieldError(problems, 'assessedOn', text)}
            />
            <Group grow>
              <EnumSelect
                name="AssessmentArea"
                label={t('assess.area')}
                value={draft.area}
                onChange={(area) => update({ area })}
              />
              <EnumSelect
                name="AssessmentKind"
                label={t('assess.kind')}
                value={draft.kind}
                onChange={(kind) => update({ kind })}
              />
              <EnumSelect
                name="AssessmentLevel"
                label={t('assess.level')}
                value={draft.level}
                onChange={(level) => update({ level })}
              />
              <EnumSelect
                name="AssessmentSubject"
                label={t('assess.subject')}
                value={draft.subject}
                onChange={(subject) => update({ subject })}
              />
            </Group>
            <TextInput
              label={t('assess.note')}
              value={draft.note}
              onChange={(e) => update({ note: e.currentTarget.value })}
              error={fieldError(problems, 'note', text)}
            />
            <FormProblems problems={problems} fields={['assessedOn', 'note']} />
            <Button type="submit" loading={result.fetching}>
              {t('assess.record')}
            </Button>
          </Stack>
        </form>
      )}
    </Section>
  );
}
