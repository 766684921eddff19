import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { useDraft } from '../auth/drafts';
import {
  AcceptReferralDocument,
  CompleteReferralDocument,
  DeclineReferralDocument,
  PartnerReferralsDocument,
  ReportReferralProgressDocument,
  type PartnerReferralsQuery,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { fieldError, FormProblems, useProblemText } from '../ui/Problems';
import { REFERRAL_TEXT } from './referral-steps';
import { Loading } from '../ui/Loading';

type Referral = NonNullable<PartnerReferralsQuery['referrals'][number]>;

/** A text and a button: decline (reason), progress (note), complete (note). */
function NoteAction(props: {
  /** Names the draft: what was typed survives a trip to sign-in (a 401). */
  draft: string;
  label: string;
  button: string;
  /** True when the step was taken: only then is the text cleared (a refusal keeps it). */
  onSubmit: (text: string) => Promise<boolean>;
  field: string;
  /** The refusals of this form's own mutation (another form's refused text is not this one's). */
  problems: ReturnType<typeof problemsOf>;
}) {
  const [{ text }, update, clear] = useDraft(props.draft, { text: '' });
  const problemText = useProblemText();
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (await props.onSubmit(text)) {
          clear();
        }
      }}
    >
      <Group align="end">
        <TextInput
          label={props.label}
          value={text}
          onChange={(e) => update({ text: e.currentTarget.value })}
          error={fieldError(props.problems, props.field, problemText)}
        />
        <Button type="submit" variant="light">
          {props.button}
        </Button>
      </Group>
    </form>
  );
}

function ReferralCard({ referral, refresh }: { referral: Referral; refresh: () => void }) {
  const { t, label, show, dateTime } = useI18n();
  const [accepted, accept] = useMutation(AcceptReferralDocument);
  const [declined, decline] = useMutation(DeclineReferralDocument);
  const [progressed, progress] = useMutation(ReportReferralProgressDocument);
  const [completed, complete] = useMutation(CompleteReferralDocument);
  const problems = [accepted, declined, progressed, completed].flatMap((r) => problemsOf(r.error));
  const after = (done: { data?: unknown }): boolean => {
    if (!done.data) {
      return false;
    }
    refresh();
    return true;
  };
  const open = referral.status === 'ACCEPTED' || referral.status === 'IN_PROGRESS';
  return (
    <Card withBorder component="article" aria-labelledby={`referral-${referral.id}`}>
      <Title order={2} size="h4" id={`referral-${referral.id}`}>
        {show(referral.service.name)} · {referral.case?.code ?? '—'}
      </Title>
      <Text>
        {t('referrals.status')}: <strong>{label('ReferralStatus', referral.status)}</strong> ·{' '}
        {dateTime(referral.createdAt)}
      </Text>
      {referral.note && <Text>{show(referral.note)}</Text>}
      {referral.notes.map((n, i) => (
        <Text key={i} size="sm">
          {dateTime(n.at)}: {show(n.text)}
        </Text>
      ))}
      <Anchor component={Link} to={`/cases/${referral.case?.id ?? ''}`}>
        {t('referrals.openCase')}
      </Anchor>
      <Stack gap="xs" mt="xs">
        {referral.status === 'SENT' && (
          <>
            <Button
              onClick={async () => after(await accept({ id: referral.id }))}
              loading={accepted.fetching}
              w="fit-content"
            >
              {t('referrals.accept')}
            </Button>
            <NoteAction
              label={t('referrals.declineReason')}
              button={t('referrals.decline')}
              draft={`referral:${referral.id}:decline`}
              field={REFERRAL_TEXT.decline.field}
              problems={problemsOf(declined.error)}
              onSubmit={async (reason) => after(await decline({ id: referral.id, reason }))}
            />
          </>
        )}
        {open && (
          <>
            <NoteAction
              label={t('referrals.progressNote')}
              button={t('referrals.progress')}
              draft={`referral:${referral.id}:progress`}
              field={REFERRAL_TEXT.progress.field}
              problems={problemsOf(progressed.error)}
              onSubmit={async (note) => after(await progress({ id: referral.id, note }))}
            />
            <NoteAction
              label={t('referrals.completionNote')}
              button={t('referrals.complete')}
              draft={`referral:${referral.id}:complete`}
              field={REFERRAL_TEXT.complete.field}
              problems={problemsOf(completed.error)}
              onSubmit={async (note) =>
                after(await complete({ id: referral.id, note: note.trim() || null }))
              }
            />
          </>
        )}
        <FormProblems
          problems={problems}
          fields={Object.values(REFERRAL_TEXT).map((step) => step.field)}
        />
      </Stack>
    </Card>
  );
}

/** The referrals this partner provides: the inbox of its work. */
export function ReferralInbox() {
  const { t } = useI18n();
  const [{ data, fetching }, reexecute] = useQuery({ query: PartnerReferralsDocument });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <Title order={1} mb="md">
        {t('referrals.title')}
      </Title>
      {fetching && !data && <Loading />}
      {data?.referrals.length === 0 && <Text>{t('common.nothingYet')}</Text>}
      <Stack>
        {data?.referrals
          .filter((x): x is NonNullable<typeof x> => x != null)
          .map((referral) => (
            <ReferralCard key={referral.id} referral={referral} refresh={refresh} />
          ))}
      </Stack>
    </>
  );
}
