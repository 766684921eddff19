import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { StatisticsDocument, type StatisticsQuery } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useProblemText } from '../ui/Problems';
import { Comparison, type YearTotals } from './Comparison';
import { ExportDownload } from './ExportDownload';
import { FigureCard, type FigureData, type Row } from './FigureCard';
import { Loading } from '../ui/Loading';

type Report = StatisticsQuery['statistics'];
type Kind = 'year' | 'quarter' | 'month' | 'range';

const COUNTS = [
  'reports',
  'cases',
  'victims',
  'planItems',
  'referrals',
  'placements',
  'accommodated',
  'returns',
  'residencePermits',
  'proceedings',
  'hearings',
  'compensationClaims',
] as const;
const SUMS = { nights: 'nights', compensationClaimed: 'money', compensationPaid: 'money' } as const;
const REGIONS = [
  'BEOGRAD',
  'VOJVODINA',
  'SUMADIJA_AND_WESTERN_SERBIA',
  'SOUTHERN_AND_EASTERN_SERBIA',
  'KOSOVO_AND_METOHIJA',
  'UNKNOWN',
];

interface Choice {
  kind: Kind;
  year: number;
  quarter: number;
  month: number;
  region: string;
  municipality: string;
  from: string;
  to: string;
}

type Listed = { key: string; parent?: string | null; count?: Cell; sum?: Cell };
type Cell = { value?: number | null; suppressed: boolean };
const rowsOf = (list: readonly Listed[]): Row[] =>
  list.map((r) => ({ key: r.key, parent: r.parent, cell: (r.count ?? r.sum)! }));

/** Every figure of the report in one shape, counts first, then sums; breakdowns by their alias. */
function figuresOf(report: Report): FigureData[] {
  const figure = (name: string, unit: FigureData['unit']): FigureData => {
    const body = (report as unknown as Record<string, Record<string, unknown>>)[name];
    return {
      name,
      unit,
      total: body.total as Cell,
      byMonth: rowsOf(body.byMonth as Listed[]),
      breakdowns: Object.entries(body)
        .filter(([key]) => !['total', 'byMonth', '__typename'].includes(key))
        .map(([key, list]) => ({ name: key, rows: rowsOf(list as Listed[]) })),
    };
  };
  return [
    ...COUNTS.map((name) => figure(name, 'count')),
    ...Object.entries(SUMS).map(([name, unit]) => figure(name, unit)),
  ];
}

const previousOf = (report: Report): YearTotals[] =>
  report.previousYears.map((y) => ({
    year: y.period.year,
    totals: Object.fromEntries(
      [...COUNTS, ...Object.keys(SUMS)].map((name) => [
        name,
        (y as unknown as Record<string, { total: Cell }>)[name].total,
      ]),
    ),
  }));

const variablesOf = (c: Choice) => ({
  period:
    c.kind === 'range'
      ? { from: c.from, to: c.to }
      : {
          year: c.year,
          ...(c.kind === 'quarter' ? { quarter: c.quarter } : {}),
          ...(c.kind === 'month' ? { month: c.month } : {}),
        },
  region: c.municipality.trim() ? null : c.region || null,
  municipality: c.municipality.trim() || null,
});

/**
 * The annual report's figures for Centre analysts and supervisors: a period and area, a table
 * and a chart per figure, the five-year comparison and the HTCDS/CTDC export.
 */
export function Statistics() {
  const { t, show, date, locale } = useI18n();
  const problemText = useProblemText();
  const lastYear = new Date().getFullYear() - 1;
  const [draft, setDraft] = useState<Choice>({
    kind: 'year',
    year: lastYear,
    quarter: 1,
    month: 1,
    region: '',
    municipality: '',
    from: `${lastYear}-01-01`,
    to: `${lastYear}-12-31`,
  });
  const [choice, setChoice] = useState(draft);
  const [{ data, fetching, error }] = useQuery({
    query: StatisticsDocument,
    variables: variablesOf(choice),
  });
  const refused = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const set = (patch: Partial<Choice>) => setDraft((d) => ({ ...d, ...patch }));
  const report = data?.statistics;
  const figures = report ? figuresOf(report) : [];
  const area = (node: string) =>
    node === 'N'
      ? t('statistics.national')
      : node.startsWith('R:')
        ? t(`statistics.regions.${node.slice(2)}`)
        : show(node.slice(2));

  if (refused) {
    return (
      <>
        <Title order={1} mb="md">
          {t('statistics.title')}
        </Title>
        <Alert color="red" variant="filled" title={t('errors.forbidden')}>
          {t('statistics.forbidden')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <Title order={1} mb="md">
        {t('statistics.title')}
      </Title>
      <Text mb="md">{t('statistics.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChoice(draft);
        }}
      >
        <Group align="end" mb="md" wrap="wrap">
          <NativeSelect
            label={t('statistics.kind')}
            value={draft.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as Kind })}
            data={(['year', 'quarter', 'month', 'range'] as const).map((k) => ({
              value: k,
              label: t(`statistics.kinds.${k}`),
            }))}
          />
          {draft.kind === 'range' && (
            <>
              <TextInput
                type="date"
                label={t('statistics.from')}
                value={draft.from}
                onChange={(e) => set({ from: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('statistics.to')}
                value={draft.to}
                onChange={(e) => set({ to: e.currentTarget.value })}
              />
            </>
          )}
          {draft.kind !== 'range' && (
            <NumberInput
              label={t('statistics.year')}
              value={draft.year}
              min={2000}
              max={lastYear + 1}
              onChange={(v) => set({ year: Number(v) || lastYear })}
              w={110}
            />
          )}
          {draft.kind === 'quarter' && (
            <NativeSelect
              label={t('statistics.quarter')}
              value={String(draft.quarter)}
              onChange={(e) => set({ quarter: Number(e.currentTarget.value) })}
              data={[1, 2, 3, 4].map((q) => ({
                value: String(q),
                label: t('statistics.quarterN', { quarter: q }),
              }))}
            />
          )}
          {draft.kind === 'month' && (
            <NativeSelect
              label={t('statistics.month')}
              value={String(draft.month)}
              onChange={(e) => set({ month: Number(e.currentTarget.value) })}
              data={Array.from({ length: 12 }, (_, i) => ({
                value: String(i + 1),
                label: new Intl.DateTimeFormat(locale, { month: 'long' }).format(
                  new Date(2000, i, 1),
                ),
              }))}
            />
          )}
          <NativeSelect
            label={t('statistics.region')}
            value={draft.region}
            onChange={(e) => set({ region: e.currentTarget.value })}
            data={[
              { value: '', label: t('statistics.allRegions') },
              ...REGIONS.map((r) => ({ value: r, label: t(`statistics.regions.${r}`) })),
            ]}
          />
          <TextInput
            label={t('statistics.municipality')}
            value={draft.municipality}
            onChange={(e) => set({ municipality: e.currentTarget.value })}
          />
          <Button type="submit">{t('statistics.show')}</Button>
        </Group>
      </form>
      {error && !refused && (
        <Alert color="red" variant="filled" mb="md">
          {problemsOf(error)
            .map((p) =>
              p.extensions.reason === 'PERIOD_NOT_ALIGNED'
                ? t('statistics.notAligned')
                : problemText(p),
            )
            .join(' ')}
        </Alert>
      )}
      {!report ? (
        fetching && <Loading />
      ) : (
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600} data-testid="statistics-shown">
              {t('statistics.shown', {
                from: date(report.period.from),
                to: date(report.period.to),
                area: area(report.areaNode),
              })}
            </Text>
            <ExportDownload year={report.period.year} />
          </Group>
          <Comparison year={report.period.year} figures={figures} previous={previousOf(report)} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {figures.map((figure) => (
              <FigureCard key={figure.name} figure={figure} />
            ))}
          </SimpleGrid>
          <Text size="sm">{t('statistics.withheldNote')}</Text>
        </Stack>
      )}
    </>
  );
}
