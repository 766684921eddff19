import { Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../../api/errors';
import { useDraft } from '../../auth/drafts';
import {
  AdoptPlanDocument,
  ServicesForReferralDocument,
  type ServiceType,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import type { CaseData } from '../CasePage';

/** The services catalogue, read only when a form that needs it is opened. */
export function useServices(open: boolean) {
  const [{ data }] = useQuery({ query: ServicesForReferralDocument, pause: !open });
  return data?.services ?? [];
}

export function AdoptPlanForm({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t, show } = useI18n();
  const text = useProblemText();
  const services = useServices(true);
  const providers = [
    ...new Map(
      services.flatMap((s) => (s.provider ? [[s.provider.code, s.provider] as const] : [])),
    ).values(),
  ];
  const [draft, update, clear] = useDraft(`plan:${kase.id}`, {
    goal: '',
    description: '',
    dueOn: '',
    responsiblePartner: '',
    serviceType: '',
  });
  const [result, adopt] = useMutation(AdoptPlanDocument);
  const problems = problemsOf(result.error);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await adopt({
          input: {
            caseId: kase.id,
            goals: [draft.goal],
            items: [
              {
                description: draft.description,
                dueOn: draft.dueOn,
                responsiblePartner: draft.responsiblePartner,
                serviceType: (draft.serviceType || null) as ServiceType | null,
                goal: 0,
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
        {t('plan.adoptForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <TextInput
          label={t('plan.goal')}
          value={draft.goal}
          onChange={(e) => update({ goal: e.currentTarget.value })}
          error={fieldError(problems, 'goals', text)}
        />
        <TextInput
          label={t('plan.itemDescription')}
          value={draft.description}
          onChange={(e) => update({ description: e.currentTarget.value })}
          error={fieldError(problems, 'description', text)}
        />
        <TextInput
          type="date"
          label={t('plan.dueOn')}
          value={draft.dueOn}
          onChange={(e) => update({ dueOn: e.currentTarget.value })}
          error={fieldError(problems, 'dueOn', text)}
        />
        <NativeSelect
          label={t('plan.responsiblePartner')}
          value={draft.responsiblePartner}
          onChange={(e) => update({ responsiblePartner: e.currentTarget.value })}
          error={fieldError(problems, 'responsiblePartner', text)}
          data={[
            { value: '', label: t('common.choose') },
            ...providers.map((p) => ({ value: p.code, label: show(p.name) })),
          ]}
        />
        <EnumSelect
          name="ServiceType"
          label={t('plan.serviceType')}
          value={draft.serviceType}
          empty={t('common.none')}
          onChange={(serviceType) => update({ serviceType })}
        />
        <FormProblems
          problems={problems}
          fields={['goals', 'description', 'dueOn', 'responsiblePartner']}
        />
        <Button type="submit" loading={result.fetching}>
          {t('plan.adopt')}
        </Button>
      </Stack>
    </form>
  );
}
