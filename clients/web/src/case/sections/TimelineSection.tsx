import { Table } from '@mantine/core';
import { useI18n } from '../../i18n';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';

export function TimelineSection({ kase }: SectionProps) {
  const { t, dateTime } = useI18n();
  return (
    <Section id="timeline" title={t('case.timeline')}>
      <Table>
        <Table.Tbody>
          {kase.timeline.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{dateTime(entry.at)}</Table.Td>
              <Table.Td>{t(`timeline.${entry.type}`, { defaultValue: entry.type })}</Table.Td>
              <Table.Td>{entry.partner}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
