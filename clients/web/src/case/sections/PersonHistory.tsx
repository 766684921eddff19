import { Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import type { EnumName } from '../../ui/forms';
import type { CaseData } from '../CasePage';

/** The enum of each coded part of a value, to show its label rather than its code. */
const CODED: Record<string, EnumName> = {
  sex: 'Sex',
  kind: 'IdentityDocumentKind',
  heldBy: 'DocumentHolder',
  relation: 'FamilyRelation',
};
const KIND_OF: Record<string, EnumName> = {
  identityDocuments: 'IdentityDocumentKind',
  healthNeeds: 'HealthNeedKind',
  disabilities: 'DisabilityKind',
};

/** The parts of a list item in the order the form shows them (stored JSON has its own order). */
const ORDER: Record<string, string[]> = {
  identityDocuments: ['kind', 'number', 'issuingCountry', 'validUntil', 'heldBy'],
  healthNeeds: ['kind', 'need', 'diagnosis'],
  disabilities: ['kind', 'supportRequired'],
  familyMembers: ['relation', 'name', 'age', 'whereabouts', 'alsoAtRisk'],
};
const rank = (field: string, key: string) => {
  const at = (ORDER[field] ?? []).indexOf(key);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
};

/** One recorded value (JSON text) in words: text as written, codes as labels, lists by item. */
function useValueText() {
  const { t, label, show } = useI18n();
  const part = (field: string, key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    if (key === 'alsoAtRisk') {
      return value ? t('personRecord.alsoAtRisk') : '';
    }
    const coded = key === 'kind' ? KIND_OF[field] : CODED[key];
    return coded ? label(coded, String(value)) : show(String(value));
  };
  return (field: string, json: string | null | undefined): string => {
    if (json == null) {
      return t('common.notRecorded');
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return show(json);
    }
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object')) {
        return value.map((item) => part(field, field, item)).join(', ');
      }
      return value
        .map((item) =>
          item && typeof item === 'object'
            ? Object.entries(item as Record<string, unknown>)
                .sort(([a], [b]) => rank(field, a) - rank(field, b))
                .map(([key, v]) => part(field, key, v))
                .filter(Boolean)
                .join(', ')
            : part(field, field, item),
        )
        .join('; ');
    }
    return part(field, field, value) || t('common.notRecorded');
  };
}

/** Changes to the person record, oldest first, each with the value it replaced. */
export function PersonHistory({ rows }: { rows: CaseData['personHistory'] }) {
  const { t, dateTime } = useI18n();
  const valueText = useValueText();
  const fieldName = (field: string) =>
    t(`personRecord.fields.${field}`, { defaultValue: field }) as string;
  return (
    <>
      <Title order={3} size="h4" mt="md">
        {t('personRecord.history')}
      </Title>
      {rows.length === 0 ? (
        <Text fs="italic">{t('personRecord.noHistory')}</Text>
      ) : (
        <Table aria-label={t('personRecord.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('personRecord.changedAt')}</Table.Th>
              <Table.Th>{t('personRecord.field')}</Table.Th>
              <Table.Th>{t('personRecord.previous')}</Table.Th>
              <Table.Th>{t('personRecord.value')}</Table.Th>
              <Table.Th>{t('personRecord.changedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{dateTime(row.changedAt)}</Table.Td>
                <Table.Td>{fieldName(row.field)}</Table.Td>
                <Table.Td>{valueText(row.field, row.previous)}</Table.Td>
                <Table.Td>{valueText(row.field, row.value)}</Table.Td>
                <Table.Td>{row.changedBy}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
