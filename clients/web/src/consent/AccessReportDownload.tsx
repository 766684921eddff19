import { Alert, Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { AUTONYMS } from '../app/Layout';
import { endSession, getSession } from '../auth/session';
import { LANGUAGES, useI18n, type Language } from '../i18n';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; code: string };

/**
 * The person's own access report as a PDF, in the language the person reads (chosen here, the
 * page's by default). It needs the bearer token, which a plain link cannot send: fetched, then
 * saved from a blob, as the statistics export is.
 */
export function AccessReportDownload(props: { caseId: string }) {
  const { t, language } = useI18n();
  const [lang, setLang] = useState<Language>(language);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const response = await fetch(`/reports/access/${props.caseId}.pdf?lang=${lang}`, {
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
        setState({
          kind: 'failed',
          code: body.errors?.[0]?.extensions?.code ?? String(response.status),
        });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `access-report-${lang}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'idle' });
    } catch {
      setState({ kind: 'failed', code: 'NETWORK' });
    }
  };
  return (
    <Group align="end" mt="xs">
      <NativeSelect
        label={t('consent.reportLanguage')}
        value={lang}
        onChange={(event) => setLang(event.currentTarget.value as Language)}
        data={LANGUAGES.map((value) => ({ value, label: AUTONYMS[value] }))}
      />
      <Button variant="outline" onClick={() => void download()} loading={state.kind === 'busy'}>
        {t('consent.downloadReport')}
      </Button>
      <div aria-live="polite">
        {state.kind === 'failed' && (
          <Alert color="red" variant="filled">
            {t(
              state.code === 'ACCESS_LOG_BROKEN' ? 'consent.reportBroken' : 'consent.reportFailed',
              {
                code: state.code,
              },
            )}
          </Alert>
        )}
      </div>
    </Group>
  );
}
