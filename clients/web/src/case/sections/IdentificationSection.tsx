import { Button, Checkbox, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { problemsOf, refusedCategory } from '../../api/errors';
import { useDraft } from '../../auth/drafts';
import { IdentifyVictimDocument, RecordPreliminaryDocument } from '../../generated/graphql';
import type {
  ExploitationType,
  IdentificationDecision,
  MeansOfControl,
  PreliminaryResult,
  TraffickingScope,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumChecks, EnumSelect, today } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { NotShared, Value } from '../../ui/Value';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';

/** The indicator checklist (preliminary identification) and the formal decision. */
export function IdentificationSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, show, date } = useI18n();
  const text = useProblemText();
  const id = kase.identification;
  const at = (field: string) => ['case', 'identification', field];
  const [pre, setPre] = useDraft(`preliminary:${kase.id}`, {
    indicators: [] as string[],
    result: 'INDICATORS_PRESENT',
    assessedOn: today(),
    otherIndicators: '',
  });
  const [decision, setDecision] = useDraft(`identification:${kase.id}`, {
    decision: 'IDENTIFIED',
    decidedOn: today(),
    exploitationTypes: [] as string[],
    scope: '',
    finding: '',
    personParticipated: true,
  });
  const [preResult, recordPre] = useMutation(RecordPreliminaryDocument);
  const [idResult, identify] = useMutation(IdentifyVictimDocument);
  const preProblems = problemsOf(preResult.error);
  const preRefused = refusedCategory(error, ['case', 'preliminaryIdentifications']) !== null;
  const idProblems = problemsOf(idResult.error);

  return (
    <Section id="identification" title={t('case.identification')}>
      <NotShared error={error} path={['case', 'preliminaryIdentifications']} />
      {(kase.preliminaryIdentifications ?? []).map((p) => (
        <p key={p.id}>
          {date(p.assessedOn)}: {label('PreliminaryResult', p.result)} —{' '}
          {(p.indicators ?? []).map((i) => label('MeansOfControl', i)).join(', ')}
        </p>
      ))}
      <NotShared error={error} path={['case', 'identification']} />
      {id && (
        <div className="fields">
          <Value
            label={t('ident.decision')}
            value={label('IdentificationDecision', id.decision)}
            error={error}
            path={at('decision')}
          />
          <Value
            label={t('ident.decidedOn')}
            value={date(id.decidedOn)}
            error={error}
            path={at('decidedOn')}
          />
          <Value
            label={t('ident.exploitationTypes')}
            value={(id.exploitationTypes ?? []).map((e) => label('ExploitationType', e)).join(', ')}
            error={error}
            path={at('exploitationTypes')}
          />
          <Value
            label={t('ident.scope')}
            value={label('TraffickingScope', id.scope)}
            error={error}
            path={at('scope')}
          />
          <Value
            label={t('ident.finding')}
            value={show(id.finding)}
            error={error}
            path={at('finding')}
          />
        </div>
      )}
      {/* A partner with EXPLOITATION consent records checklists too; the decision is the Centre's. */}
      {(staff || (kase.preliminaryIdentifications != null && !preRefused)) && (
        <>
          <Title order={3} size="h4" mt="md">
            {t('ident.preliminaryForm')}
          </Title>
          <form
            onSubmit={async (event) => {
              event.preventDefault();
              const done = await recordPre({
                input: {
                  caseId: kase.id,
                  indicators: pre.indicators as MeansOfControl[],
                  result: pre.result as PreliminaryResult,
                  assessedOn: pre.assessedOn,
                  otherIndicators: pre.otherIndicators.trim() || null,
                },
              });
              if (done.data) {
                refresh();
              }
            }}
          >
            <Stack gap="xs" maw={720}>
              <EnumChecks
                name="MeansOfControl"
                legend={t('ident.indicators')}
                value={pre.indicators}
                onChange={(indicators) => setPre({ indicators })}
                error={fieldError(preProblems, 'indicators', text)}
              />
              <TextInput
                label={t('ident.otherIndicators')}
                value={pre.otherIndicators}
                onChange={(e) => setPre({ otherIndicators: e.currentTarget.value })}
                error={fieldError(preProblems, 'otherIndicators', text)}
              />
              <EnumSelect
                name="PreliminaryResult"
                label={t('ident.result')}
                value={pre.result}
                onChange={(result) => setPre({ result })}
              />
              <TextInput
                type="date"
                label={t('ident.assessedOn')}
                value={pre.assessedOn}
                onChange={(e) => setPre({ assessedOn: e.currentTarget.value })}
                error={fieldError(preProblems, 'assessedOn', text)}
              />
              <FormProblems
                problems={preProblems}
                fields={['indicators', 'otherIndicators', 'assessedOn']}
              />
              <Button type="submit" variant="light" loading={preResult.fetching}>
                {t('ident.recordPreliminary')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      {staff && (
        <>
          <Title order={3} size="h4" mt="md">
            {t('ident.decisionForm')}
          </Title>
          <form
            onSubmit={async (event) => {
              event.preventDefault();
              const done = await identify({
                input: {
                  caseId: kase.id,
                  decision: decision.decision as IdentificationDecision,
                  decidedOn: decision.decidedOn,
                  exploitationTypes: decision.exploitationTypes as ExploitationType[],
                  scope: (decision.scope || null) as TraffickingScope | null,
                  finding: decision.finding,
                  personParticipated: decision.personParticipated,
                },
              });
              if (done.data) {
                refresh();
              }
            }}
          >
            <Stack gap="xs" maw={720}>
              <EnumSelect
                name="IdentificationDecision"
                label={t('ident.decision')}
                value={decision.decision}
                onChange={(value) => setDecision({ decision: value })}
              />
              <TextInput
                type="date"
                label={t('ident.decidedOn')}
                value={decision.decidedOn}
                onChange={(e) => setDecision({ decidedOn: e.currentTarget.value })}
                error={fieldError(idProblems, 'decidedOn', text)}
              />
              <EnumChecks
                name="ExploitationType"
                legend={t('ident.exploitationTypes')}
                value={decision.exploitationTypes}
                onChange={(exploitationTypes) => setDecision({ exploitationTypes })}
                error={fieldError(idProblems, 'exploitationTypes', text)}
              />
              <EnumSelect
                name="TraffickingScope"
                label={t('ident.scope')}
                value={decision.scope}
                empty={t('common.unknown')}
                onChange={(scope) => setDecision({ scope })}
              />
              <Textarea
                label={t('ident.finding')}
                value={decision.finding}
                onChange={(e) => setDecision({ finding: e.currentTarget.value })}
                error={fieldError(idProblems, 'finding', text)}
                autosize
                minRows={3}
              />
              <Checkbox
                label={t('ident.personParticipated')}
                checked={decision.personParticipated}
                onChange={(e) => setDecision({ personParticipated: e.currentTarget.checked })}
              />
              <FormProblems
                problems={idProblems}
                fields={['decidedOn', 'exploitationTypes', 'finding']}
              />
              <Button type="submit" loading={idResult.fetching}>
                {t('ident.decide')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </Section>
  );
}
