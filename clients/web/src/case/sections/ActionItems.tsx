import { Button, Group, List, Text, TextInput } from '@mantine/core';
import { PlanItemFromActionItemDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import type { CaseData } from '../CasePage';
import { useStep } from './step';
import { useDraftValue } from '../../auth/drafts';

type Conference = NonNullable<CaseData['conferences']>[number];
type Entry = Conference['entries'][number];

/** Turn one action item into an item of the plan in force (its due date, or the one given). */
function ToPlanForm({ entry, refresh }: { entry: Entry; refresh: () => void }) {
  const { t } = useI18n();
  const text = useProblemText();
  const [dueOn, setDueOn] = useDraftValue(`to-plan:${entry.id}`, '');
  const step = useStep(PlanItemFromActionItemDocument, refresh);
  return (
    <form onSubmit={step.submit(() => ({ entryId: entry.id, dueOn: dueOn || null }))}>
      <Group align="end" gap="xs">
        <TextInput
          type="date"
          size="xs"
          label={t('actionItem.dueOn')}
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={fieldError(step.problems, 'dueOn', text)}
        />
        <Button type="submit" size="xs" variant="light" loading={step.fetching}>
          {t('actionItem.toPlan')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['dueOn']} />
    </form>
  );
}

/**
 * The action items of a conference, each either in the plan already (a plan item came from it)
 * or, for Centre case staff, with the step that puts it there.
 */
export function ActionItems(props: {
  kase: CaseData;
  conference: Conference;
  staff: boolean;
  refresh: () => void;
}) {
  const { t, show, date, dateTime } = useI18n();
  const actions = props.conference.entries.filter((e) => e.kind === 'ACTION_ITEM');
  if (!actions.length) {
    return null;
  }
  const planned = new Set(
    (props.kase.protectionPlan?.items ?? []).flatMap((i) =>
      i.sourceEntry ? [i.sourceEntry.id] : [],
    ),
  );
  const title = t('actionItem.title', { at: dateTime(props.conference.scheduledAt) });
  return (
    <List aria-label={title} size="sm" mt={4}>
      {actions.map((entry) => (
        <List.Item key={entry.id}>
          <Text size="sm">
            {t('actionItem.item', {
              text: show(entry.text),
              assignee: entry.assignee ?? '',
              due: entry.dueOn ? date(entry.dueOn) : t('actionItem.noDue'),
            })}
            {planned.has(entry.id) ? ` · ${t('actionItem.inPlan')}` : ''}
          </Text>
          {props.staff && !planned.has(entry.id) && (
            <ToPlanForm entry={entry} refresh={props.refresh} />
          )}
        </List.Item>
      ))}
    </List>
  );
}
