import { Button, Checkbox, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Loading } from '../../ui/Loading';
import { useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { useDraft } from '../../auth/drafts';
import { PersonRecordDocument, UpdatePersonDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { useStep } from './step';

import { BLANK_DOCUMENT, changes, fromRecord, type PersonRecord } from './personRecord';
/** A list of rows with an add and a remove button: documents, needs, disabilities, family. */
function Rows<T>(props: {
  legend: string;
  rows: T[];
  blank: T;
  onChange: (rows: T[]) => void;
  row: (row: T, set: (patch: Partial<T>) => void) => React.ReactNode;
}) {
  const { t } = useI18n();
  const set = (i: number) => (patch: Partial<T>) =>
    props.onChange(props.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Fieldset legend={props.legend}>
      <Stack gap="xs">
        {props.rows.map((row, i) => (
          <Group key={i} align="end" role="group" aria-label={`${props.legend} ${i + 1}`}>
            {props.row(row, set(i))}
            <Button
              variant="default"
              onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
            >
              {t('personRecord.remove')}
            </Button>
          </Group>
        ))}
        <Button
          variant="light"
          w="fit-content"
          onClick={() => props.onChange([...props.rows, props.blank])}
        >
          {t('personRecord.add')}: {props.legend}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function Editor(props: {
  caseId: string;
  record: PersonRecord;
  done: () => void;
  refresh: () => void;
}) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const [form, update, clear] = useDraft(`person:${props.caseId}`, fromRecord(props.record));
  const [unchanged, setUnchanged] = useState(false);
  const step = useStep(UpdatePersonDocument, props.refresh);
  const error = (field: string) => fieldError(step.problems, field, problemText);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = changes(form, props.record);
    setUnchanged(Object.keys(input).length === 0);
    if (Object.keys(input).length && (await step.take({ caseId: props.caseId, input }))) {
      clear();
      props.done();
    }
  };
  const field = (name: 'languages' | 'municipality' | 'address' | 'phone') => (
    <TextInput
      label={t(`personRecord.${name}`)}
      value={form[name]}
      onChange={(e) => update({ [name]: e.currentTarget.value })}
      error={error(name)}
    />
  );
  return (
    <form onSubmit={submit}>
      <Title order={3} size="h4" mt="md">
        {t('personRecord.form')}
      </Title>
      <Stack gap="xs" maw={960}>
        <Group align="start" grow>
          {field('phone')}
          {field('languages')}
        </Group>
        <Group align="start" grow>
          {field('municipality')}
          {field('address')}
        </Group>
        <Rows
          legend={t('personRecord.documents')}
          rows={form.documents}
          blank={BLANK_DOCUMENT}
          onChange={(documents) => update({ documents })}
          row={(d, set) => (
            <>
              <EnumSelect
                name="IdentityDocumentKind"
                label={t('personRecord.documentKind')}
                value={d.kind}
                onChange={(kind) => set({ kind })}
              />
              <TextInput
                label={t('personRecord.documentNumber')}
                value={d.number}
                onChange={(e) => set({ number: e.currentTarget.value })}
              />
              <TextInput
                label={t('personRecord.issuingCountry')}
                value={d.issuingCountry}
                onChange={(e) => set({ issuingCountry: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('personRecord.validUntil')}
                value={d.validUntil}
                onChange={(e) => set({ validUntil: e.currentTarget.value })}
              />
              <EnumSelect
                name="DocumentHolder"
                label={t('personRecord.heldBy')}
                value={d.heldBy}
                onChange={(heldBy) => set({ heldBy })}
              />
            </>
          )}
        />
        <Rows
          legend={t('personRecord.healthNeeds')}
          rows={form.health}
          blank={{ kind: 'MEDICAL', need: '' }}
          onChange={(health) => update({ health })}
          row={(h, set) => (
            <>
              <EnumSelect
                name="HealthNeedKind"
                label={t('personRecord.healthKind')}
                value={h.kind}
                onChange={(kind) => set({ kind })}
              />
              <TextInput
                label={t('personRecord.need')}
                value={h.need}
                onChange={(e) => set({ need: e.currentTarget.value })}
              />
            </>
          )}
        />
        <Rows
          legend={t('personRecord.disabilities')}
          rows={form.disabilities}
          blank={{ kind: 'PHYSICAL', supportRequired: '' }}
          onChange={(disabilities) => update({ disabilities })}
          row={(d, set) => (
            <>
              <EnumSelect
                name="DisabilityKind"
                label={t('personRecord.disabilityKind')}
                value={d.kind}
                onChange={(kind) => set({ kind })}
              />
              <TextInput
                label={t('personRecord.supportRequired')}
                value={d.supportRequired}
                onChange={(e) => set({ supportRequired: e.currentTarget.value })}
              />
            </>
          )}
        />
        <Rows
          legend={t('personRecord.family')}
          rows={form.family}
          blank={{ relation: 'CHILD', name: '', age: '', whereabouts: '', alsoAtRisk: false }}
          onChange={(family) => update({ family })}
          row={(f, set) => (
            <>
              <EnumSelect
                name="FamilyRelation"
                label={t('personRecord.relation')}
                value={f.relation}
                onChange={(relation) => set({ relation })}
              />
              <TextInput
                label={t('personRecord.name')}
                value={f.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
              />
              <TextInput
                type="number"
                label={t('personRecord.age')}
                value={f.age}
                onChange={(e) => set({ age: e.currentTarget.value })}
              />
              <TextInput
                label={t('personRecord.whereabouts')}
                value={f.whereabouts}
                onChange={(e) => set({ whereabouts: e.currentTarget.value })}
              />
              <Checkbox
                label={t('personRecord.alsoAtRisk')}
                checked={f.alsoAtRisk}
                onChange={(e) => set({ alsoAtRisk: e.currentTarget.checked })}
              />
            </>
          )}
        />
        {unchanged && <Text role="status">{t('personRecord.nothingChanged')}</Text>}
        <FormProblems
          problems={step.problems}
          fields={['languages', 'municipality', 'address', 'phone']}
        />
        <Group>
          <Button type="submit" loading={step.fetching}>
            {t('personRecord.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              clear();
              props.done();
            }}
          >
            {t('personRecord.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Correcting the person record (Centre case staff, open cases): read when opened, then edited. */
export function PersonRecordForm(props: { caseId: string; done: () => void; refresh: () => void }) {
  const [{ data, error }] = useQuery({
    query: PersonRecordDocument,
    variables: { caseId: props.caseId },
    requestPolicy: 'network-only',
  });
  const record = data?.case?.person;
  if (!record) {
    return error ? <FormProblems problems={problemsOf(error)} fields={[]} /> : <Loading />;
  }
  return <Editor caseId={props.caseId} record={record} done={props.done} refresh={props.refresh} />;
}
