import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { endSession, getSession } from '../auth/session';
import { useI18n } from '../i18n';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; rows: number; suppressed: number }
  | { kind: 'failed'; code: string };

/**
 * The HTCDS/CTDC export of a year as a CSV file. It needs the bearer token, which a plain link
 * cannot send: fetched, then saved from a blob.
 */
export function ExportDownload(props: { year: number }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const response = await fetch(`/statistics/export.csv?year=${props.year}`, {
        headers: { authorization: `Bearer ${getSession()?.token ?? ''}` },
      });
      if (response.status === 401) {
        endSession('expired');
        return;
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as {
          errors?: { extensions?: { code?: string } }[];
        };
        const code = body.errors?.[0]?.extensions?.code ?? String(response.status);
        setState({ kind: 'failed', code });
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `htcds-ctdc-${props.year}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({
        kind: 'done',
        rows: Number(response.headers.get('x-hub-export-rows') ?? 0),
        suppressed: Number(response.headers.get('x-hub-export-suppressed') ?? 0),
      });
    } catch {
      setState({ kind: 'failed', code: 'NETWORK' });
    }
  };
  return (
    <Group align="center">
      <Button variant="outline" onClick={() => void download()} loading={state.kind === 'busy'}>
        {t('statistics.download', { year: props.year })}
      </Button>
      <div aria-live="polite">
        {state.kind === 'done' && (
          <Text size="sm">
            {t('statistics.downloaded', { rows: state.rows, suppressed: state.suppressed })}
          </Text>
        )}
        {state.kind === 'failed' && (
          <Alert color="red" variant="filled">
            {t('statistics.downloadFailed', { code: state.code })}
          </Alert>
        )}
      </div>
    </Group>
  );
}
