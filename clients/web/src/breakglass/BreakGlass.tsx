import {
  Alert,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { useDraft } from '../auth/drafts';
import { claimsOf, useSession } from '../auth/session';
import {
  BreakGlassReviewsDocument,
  CaseByCodeDocument,
  OpenBreakGlassDocument,
  ReviewBreakGlassDocument,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { fieldError, FormProblems, useProblemText } from '../ui/Problems';

function ReviewForm(props: { id: string; done: () => void }) {
  const { t } = useI18n();
  const [{ note }, update, clear] = useDraft(`review:${props.id}`, { note: '' });
  const [result, review] = useMutation(ReviewBreakGlassDocument);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if ((await review({ id: props.id, note })).data) {
          clear();
          props.done();
        }
      }}
    >
      <Group align="end">
        <TextInput
          label={t('breakGlass.reviewNote')}
          value={note}
          onChange={(e) => update({ note: e.currentTarget.value })}
        />
        <Button type="submit" loading={result.fetching}>
          {t('breakGlass.review')}
        </Button>
      </Group>
      <FormProblems problems={problemsOf(result.error)} fields={[]} />
    </form>
  );
}

/** Supervisors: open a sealed case with a written justification, and review others' sessions. */
export function BreakGlass() {
  const { t, show, dateTime, number } = useI18n();
  const text = useProblemText();
  const client = useClient();
  const token = useSession()?.token;
  // The API lets a second supervisor review a session, never the one who opened it.
  const me = token ? claimsOf(token).sub : undefined;
  const [{ data }, reexecute] = useQuery({ query: BreakGlassReviewsDocument });
  const [draft, update, clear] = useDraft('break-glass', {
    code: '',
    justification: '',
    minutes: 60,
  });
  const [result, open] = useMutation(OpenBreakGlassDocument);
  const [missing, setMissing] = useState(false);
  const problems = problemsOf(result.error);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <Title order={1} mb="md">
        {t('breakGlass.title')}
      </Title>
      <Alert color="yellow" mb="md">
        {t('breakGlass.warning')}
      </Alert>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const found = await client
            .query(CaseByCodeDocument, { code: draft.code.trim() })
            .toPromise();
          const caseId = found.data?.caseByCode?.id;
          setMissing(!caseId);
          if (
            caseId &&
            (await open({ caseId, justification: draft.justification, minutes: draft.minutes }))
              .data
          ) {
            clear();
            refresh();
          }
        }}
      >
        <Stack gap="xs" maw={640}>
          <TextInput
            label={t('cases.code')}
            value={draft.code}
            onChange={(e) => update({ code: e.currentTarget.value })}
            error={missing ? t('cases.codeNotFound') : undefined}
          />
          <Textarea
            label={t('breakGlass.justification')}
            value={draft.justification}
            onChange={(e) => update({ justification: e.currentTarget.value })}
            error={fieldError(problems, 'justification', text)}
          />
          <NumberInput
            label={t('breakGlass.minutes')}
            value={draft.minutes}
            min={5}
            max={240}
            onChange={(value) => update({ minutes: Number(value) || 60 })}
            error={fieldError(problems, 'minutes', text)}
          />
          <FormProblems problems={problems} fields={['justification', 'minutes']} />
          <Button type="submit" color="red.9" loading={result.fetching}>
            {t('breakGlass.open')}
          </Button>
        </Stack>
      </form>
      <Title order={2} size="h3" mt="lg">
        {t('breakGlass.toReview')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('breakGlass.supervisor')}</Table.Th>
            <Table.Th>{t('breakGlass.justification')}</Table.Th>
            <Table.Th>{t('breakGlass.started')}</Table.Th>
            <Table.Th>{t('breakGlass.accesses')}</Table.Th>
            <Table.Th>{t('breakGlass.review')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.breakGlassReviews ?? []).map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.supervisor}</Table.Td>
              <Table.Td>{show(s.justification)}</Table.Td>
              <Table.Td>{dateTime(s.startedAt)}</Table.Td>
              <Table.Td>{number(s.accesses)}</Table.Td>
              <Table.Td>
                {s.supervisor === me ? (
                  t('role.ownSession')
                ) : (
                  <ReviewForm id={s.id} done={refresh} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
