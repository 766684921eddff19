import { Card, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n';
import { useStatisticsLabels, type Published } from './labels';
import { Loading } from '../ui/Loading';

const MonthChart = lazy(() => import('./MonthChart'));

export interface Row {
  key: string;
  parent?: string | null;
  cell: Published;
}

/** One figure (counts or sums) in a normalised shape: total, months and breakdowns. */
export interface FigureData {
  name: string;
  unit: 'count' | 'nights' | 'money';
  total: Published;
  byMonth: Row[];
  breakdowns: { name: string; rows: Row[] }[];
}

/** One figure: its total, a chart and a table of the months, and a table per breakdown. */
export function FigureCard(props: { figure: FigureData }) {
  const { t } = useI18n();
  const { valueLabel, countText, sumText } = useStatisticsLabels();
  const { figure } = props;
  const text = (cell: Published) =>
    figure.unit === 'count' ? countText(cell) : sumText(cell, figure.unit === 'money');
  const title = t(`statistics.figures.${figure.name}`);
  const id = `figure-${figure.name}`;
  const table = (caption: string, heading: string, rows: Row[], breakdown: string) => (
    <Table striped withTableBorder captionSide="top" mb="sm" data-breakdown={breakdown}>
      <Table.Caption style={{ color: '#212529', fontWeight: 600 }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{heading}</Table.Th>
          <Table.Th scope="col" ta="right">
            {figure.unit === 'count' ? t('statistics.count') : t('statistics.sum')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-key={row.key}>
            <Table.Th scope="row" fw={row.parent ? 400 : 600} pl={row.parent ? 'xl' : undefined}>
              {valueLabel(figure.name, breakdown, row.key)}
            </Table.Th>
            <Table.Td ta="right" data-suppressed={row.cell.suppressed ? 'true' : 'false'}>
              {text(row.cell)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Card withBorder component="section" aria-labelledby={id} data-figure={figure.name}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text size="xl" fw={700} data-testid={`total-${figure.name}`}>
        {t('statistics.total')}: {text(figure.total)}
      </Text>
      <Suspense fallback={<Loading />}>
        <MonthChart
          label={t('statistics.chart', { figure: title })}
          data={figure.byMonth.map((row) => ({
            name: valueLabel(figure.name, 'month', row.key),
            value: row.cell.suppressed ? null : (row.cell.value ?? null),
          }))}
        />
      </Suspense>
      {figure.byMonth.length > 1 &&
        table(t('statistics.byMonth'), t('statistics.month'), figure.byMonth, 'month')}
      {figure.breakdowns.map((b) =>
        table(
          t(`statistics.breakdowns.${b.name}`),
          t(`statistics.breakdowns.${b.name}`),
          b.rows,
          b.name,
        ),
      )}
    </Card>
  );
}
