import { Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { useDraft } from '../auth/drafts';
import {
  GrantConsentDocument,
  GranteePartnersDocument,
  type ConsentPurpose,
  type DataCategory,
  type GivenBy,
  type LegalBasis,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { EnumChecks, EnumSelect, enumValues } from '../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../ui/Problems';

const EMPTY = {
  grantee: '',
  categories: [] as string[],
  purpose: 'PROTECTION_COORDINATION',
  legalBasis: 'CONSENT',
  givenBy: 'VICTIM',
  legalProvision: '',
  authority: '',
  evidence: '',
  validUntil: '',
};

/** Records a grant: who, which categories, why, on what basis, for how long, on what evidence. */
export function GrantForm(props: { caseId: string; done: () => void }) {
  const { t, show } = useI18n();
  const text = useProblemText();
  const [partners] = useQuery({ query: GranteePartnersDocument });
  const [draft, update, clear] = useDraft(`grant:${props.caseId}`, EMPTY);
  const [result, grant] = useMutation(GrantConsentDocument);
  const problems = problemsOf(result.error);
  const orNull = (value: string) => value.trim() || null;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await grant({
          input: {
            caseId: props.caseId,
            grantee: draft.grantee,
            categories: draft.categories as DataCategory[],
            purpose: draft.purpose as ConsentPurpose,
            legalBasis: draft.legalBasis as LegalBasis,
            givenBy: draft.givenBy as GivenBy,
            legalProvision: orNull(draft.legalProvision),
            authority: orNull(draft.authority),
            evidence: draft.evidence,
            validUntil: draft.validUntil
              ? new Date(`${draft.validUntil}T23:59:59`).toISOString()
              : null,
          },
        });
        if (done.data) {
          clear();
          props.done();
        }
      }}
    >
      <Title order={2} size="h3" mt="lg">
        {t('consent.grantForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <NativeSelect
          label={t('consent.grantee')}
          value={draft.grantee}
          onChange={(e) => update({ grantee: e.currentTarget.value })}
          error={fieldError(problems, 'grantee', text)}
          data={[
            { value: '', label: t('common.choose') },
            ...(partners.data?.partners ?? [])
              .filter((p) => p.code !== 'centre')
              .map((p) => ({ value: p.code, label: show(p.name) })),
          ]}
        />
        <EnumChecks
          name="DataCategory"
          legend={t('consent.categories')}
          value={draft.categories}
          onChange={(categories) => update({ categories })}
          only={enumValues('DataCategory').filter((c) => c !== 'CORE')}
          error={fieldError(problems, 'categories', text)}
        />
        <EnumSelect
          name="ConsentPurpose"
          label={t('consent.purpose')}
          value={draft.purpose}
          onChange={(purpose) => update({ purpose })}
        />
        <EnumSelect
          name="LegalBasis"
          label={t('consent.legalBasis')}
          value={draft.legalBasis}
          onChange={(legalBasis) => update({ legalBasis })}
          error={fieldError(problems, 'legalBasis', text)}
        />
        <EnumSelect
          name="GivenBy"
          label={t('consent.givenBy')}
          value={draft.givenBy}
          onChange={(givenBy) => update({ givenBy })}
          error={fieldError(problems, 'givenBy', text)}
        />
        <TextInput
          label={t('consent.legalProvision')}
          value={draft.legalProvision}
          onChange={(e) => update({ legalProvision: e.currentTarget.value })}
          error={fieldError(problems, 'legalProvision', text)}
        />
        <TextInput
          label={t('consent.authority')}
          value={draft.authority}
          onChange={(e) => update({ authority: e.currentTarget.value })}
          error={fieldError(problems, 'authority', text)}
        />
        <TextInput
          label={t('consent.evidence')}
          value={draft.evidence}
          onChange={(e) => update({ evidence: e.currentTarget.value })}
          error={fieldError(problems, 'evidence', text)}
        />
        <TextInput
          type="date"
          label={t('consent.validUntil')}
          value={draft.validUntil}
          onChange={(e) => update({ validUntil: e.currentTarget.value })}
          error={fieldError(problems, 'validUntil', text)}
        />
        <FormProblems
          problems={problems}
          fields={[
            'grantee',
            'categories',
            'legalBasis',
            'givenBy',
            'legalProvision',
            'authority',
            'evidence',
            'validUntil',
          ]}
        />
        <Button type="submit" loading={result.fetching}>
          {t('consent.grant')}
        </Button>
      </Stack>
    </form>
  );
}
