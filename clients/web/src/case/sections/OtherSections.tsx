import { Anchor, List, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { NotShared, Value } from '../../ui/Value';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';

/** Accommodation, voluntary return and humanitarian residence. */
export function PlacementSections({ kase, error }: SectionProps) {
  const { t, label, show, date } = useI18n();
  const a = kase.accommodation;
  return (
    <>
      <Section id="accommodation" title={t('case.accommodation')}>
        <div className="fields">
          <Value
            label={t('case.accommodationNow')}
            value={
              a &&
              `${label('AccommodationKind', a.kind)}${a.phase ? ` (${t('case.phase', { phase: a.phase })})` : ''}, ${show(a.provider?.name)}, ${date(a.from)}`
            }
            error={error}
            path={['case', 'accommodation']}
          />
        </div>
      </Section>
      <Section id="return" title={t('case.returnResidence')}>
        <NotShared error={error} path={['case', 'voluntaryReturns']} />
        <NotShared error={error} path={['case', 'humanitarianResidence']} />
        <List>
          {(kase.voluntaryReturns ?? []).map((r) => (
            <List.Item key={r.id}>
              {t('case.return', {
                country: show(r.destinationCountry),
                status: label('ReturnStatus', r.status),
              })}
            </List.Item>
          ))}
          {(kase.humanitarianResidence ?? []).map((r) => (
            <List.Item key={r.id}>
              {t('case.residence', {
                status: label('ResidenceStatus', r.status),
                on: date(r.appliedOn),
              })}
            </List.Item>
          ))}
        </List>
        {!kase.voluntaryReturns?.length && !kase.humanitarianResidence?.length && (
          <p>{t('common.nothingYet')}</p>
        )}
      </Section>
    </>
  );
}

/** Legal proceedings with their hearings, and the case's conferences. */
export function LegalSection({ kase, error }: SectionProps) {
  const { t, label, show, dateTime } = useI18n();
  return (
    <>
      <Section id="legal" title={t('case.legal')}>
        <NotShared error={error} path={['case', 'proceedings']} />
        {(kase.proceedings ?? []).map((p) => (
          <div key={p.id}>
            <p>
              {label('ProceedingKind', p.kind)} · {label('ProceedingStage', p.stage)} ·{' '}
              {label('VictimRole', p.victimRole)}
              {p.fileNumber ? ` · ${p.fileNumber}` : ''}
            </p>
            <List>
              {p.hearings.map((h) => (
                <List.Item key={h.id}>
                  {dateTime(h.scheduledAt)} — {show(h.purpose)}
                  {h.outcome ? ` (${show(h.outcome)})` : ''}
                </List.Item>
              ))}
            </List>
          </div>
        ))}
        {kase.proceedings?.length === 0 && <p>{t('common.nothingYet')}</p>}
      </Section>
      <Section id="conferences" title={t('case.conferences')}>
        <NotShared error={error} path={['case', 'conferences']} />
        <List>
          {(kase.conferences ?? []).map((c) => (
            <List.Item key={c.id}>
              <Anchor component={Link} to={`/conferences/${c.id}`}>
                {t('case.conferenceAt', { at: dateTime(c.scheduledAt) })}
              </Anchor>{' '}
              ({label('ConferenceStatus', c.status)})
            </List.Item>
          ))}
        </List>
        {kase.conferences?.length === 0 && <p>{t('common.nothingYet')}</p>}
      </Section>
    </>
  );
}

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
