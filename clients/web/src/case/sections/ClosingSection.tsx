import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { CloseCaseDocument, type ClosingReason } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect } from '../../ui/forms';
import { FormProblems } from '../../ui/Problems';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';
import { useStepForm } from './step';

/**
 * Closing the case: the reason (and words for OTHER), then a confirmation, since a closed case is
 * sealed. A closed case shows when and why it was closed.
 */
export function ClosingSection({ kase, staff, refresh }: SectionProps) {
  const { t, label, dateTime } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { form, step, input, choice } = useStepForm(
    CloseCaseDocument,
    refresh,
    `close:${kase.id}`,
    { reason: 'SUPPORT_COMPLETED', note: '' },
    'CaseStatus',
  );
  if (kase.status === 'CLOSED') {
    return (
      <Section id="closing" title={t('closing.title')}>
        <Text>
          {t('closing.closed', {
            at: dateTime(kase.closedAt),
            reason: label('ClosingReason', kase.closingReason) || t('common.notRecorded'),
          })}
        </Text>
      </Section>
    );
  }
  if (!staff) {
    return null;
  }
  const close = async () => {
    setConfirming(false);
    await step.take({
      input: {
        caseId: kase.id,
        reason: form.reason as ClosingReason,
        note: form.note.trim() || null,
      },
    });
  };
  return (
    <Section id="closing" title={t('closing.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <Stack gap="xs" maw={720}>
          <EnumSelect name="ClosingReason" label={t('closing.reason')} {...choice('reason')} />
          <Textarea autosize minRows={1} label={t('closing.note')} {...input('note')} />
          <FormProblems problems={step.problems} fields={['reason', 'note']} />
          <Button type="submit" color="red.9" loading={step.fetching} w="fit-content">
            {t('closing.close')}
          </Button>
        </Stack>
      </form>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('closing.confirmTitle', { code: kase.code })}
        withCloseButton={false}
      >
        <Text mb="md">{t('closing.confirmText')}</Text>
        <Text mb="md" fw={600}>
          {label('ClosingReason', form.reason)}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('closing.cancel')}
          </Button>
          <Button color="red.9" onClick={close}>
            {t('closing.confirm')}
          </Button>
        </Group>
      </Modal>
    </Section>
  );
}
