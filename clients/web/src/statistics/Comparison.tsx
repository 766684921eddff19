import { Badge, Card, Table, Title } from '@mantine/core';
import { useI18n } from '../i18n';
import type { FigureData } from './FigureCard';
import { useStatisticsLabels, type Published } from './labels';

export interface YearTotals {
  year: number;
  totals: Record<string, Published>;
}

/**
 * The period against the same period of the five years before. "Most in five years" only when
 * this year's figure and every earlier one are published and this one is larger than each.
 */
export function Comparison(props: { year: number; figures: FigureData[]; previous: YearTotals[] }) {
  const { t } = useI18n();
  const { countText, sumText } = useStatisticsLabels();
  const years = [...props.previous].sort((a, b) => a.year - b.year);
  return (
    <Card withBorder component="section" aria-labelledby="comparison">
      <Title order={2} size="h3" id="comparison">
        {t('statistics.comparison')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('statistics.figureCol')}</Table.Th>
              {years.map((y) => (
                <Table.Th scope="col" key={y.year} ta="right">
                  {y.year}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {props.year}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.figures.map((figure) => {
              const text = (cell: Published | undefined) =>
                !cell
                  ? ''
                  : figure.unit === 'count'
                    ? countText(cell)
                    : sumText(cell, figure.unit === 'money');
              const now = figure.total;
              const before = years.map((y) => y.totals[figure.name]);
              const most =
                !now.suppressed &&
                now.value != null &&
                before.length > 0 &&
                before.every((c) => c && !c.suppressed && c.value != null && c.value < now.value!);
              return (
                <Table.Tr key={figure.name} data-figure={figure.name}>
                  <Table.Th scope="row">{t(`statistics.figures.${figure.name}`)}</Table.Th>
                  {before.map((cell, i) => (
                    <Table.Td key={years[i].year} ta="right">
                      {text(cell)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">
                    {text(now)}{' '}
                    {most && (
                      <Badge data-testid={`most-${figure.name}`}>
                        {t('statistics.mostInFive')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
