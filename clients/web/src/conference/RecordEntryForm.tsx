import { Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { problemsOf } from '../api/errors';
import { useDraft } from '../auth/drafts';
import { RecordConferenceEntryDocument, type ConferenceEntryKind } from '../generated/graphql';
import { useI18n } from '../i18n';
import { EnumSelect } from '../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../ui/Problems';

/** The coordinator records from the same page the participants follow. */
export function RecordEntryForm(props: { conferenceId: string }) {
  const { t } = useI18n();
  const text = useProblemText();
  const [draft, update] = useDraft(`entry:${props.conferenceId}`, {
    kind: 'MINUTE',
    text: '',
    assignee: '',
    dueOn: '',
  });
  const [result, record] = useMutation(RecordConferenceEntryDocument);
  const problems = problemsOf(result.error);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await record({
          input: {
            conferenceId: props.conferenceId,
            kind: draft.kind as ConferenceEntryKind,
            text: draft.text,
            assignee: draft.assignee.trim() || null,
            dueOn: draft.dueOn || null,
          },
        });
        if (done.data) {
          update({ text: '', assignee: '', dueOn: '' });
        }
      }}
    >
      <Title order={2} size="h3">
        {t('conference.record')}
      </Title>
      <Stack gap="xs" maw={720}>
        <EnumSelect
          name="ConferenceEntryKind"
          label={t('conference.kind')}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
        />
        <Textarea
          label={t('conference.text')}
          value={draft.text}
          onChange={(e) => update({ text: e.currentTarget.value })}
          error={fieldError(problems, 'text', text)}
        />
        <Group grow>
          <TextInput
            label={t('conference.assigneeLabel')}
            value={draft.assignee}
            onChange={(e) => update({ assignee: e.currentTarget.value })}
            error={fieldError(problems, 'assignee', text)}
          />
          <TextInput
            type="date"
            label={t('conference.dueOn')}
            value={draft.dueOn}
            onChange={(e) => update({ dueOn: e.currentTarget.value })}
            error={fieldError(problems, 'dueOn', text)}
          />
        </Group>
        <FormProblems problems={problems} fields={['text', 'assignee', 'dueOn']} />
        <Button type="submit" loading={result.fetching} w="fit-content">
          {t('conference.recordButton')}
        </Button>
      </Stack>
    </form>
  );
}
