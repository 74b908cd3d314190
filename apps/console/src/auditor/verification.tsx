import { useState } from 'react';
import { Alert, Button, Descriptions, Progress, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok, rawFetch, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Loaded } from '../shell/page';
import { ProblemAlert } from '../forms/problem-alert';

type Broken = Schemas['BrokenEvent'];
type Line = Schemas['VerificationLine'];

/** The first bad event of a broken chain, as the api describes it. */
function FirstBad({ event }: { readonly event: Broken | Line }) {
  const { t, pick } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('verify.firstBad')}
      items={[
        { key: 'stream', label: t('verify.stream'), children: event.streamId },
        { key: 'revision', label: t('verify.revision'), children: event.revision },
        { key: 'type', label: t('history.event'), children: event.eventType ?? '' },
        { key: 'why', label: t('history.reason'), children: pick(event.message) },
      ]}
    />
  );
}

/** GET /api/members/{id}/verify: the record's hash chain, intact or altered at its first bad event. */
export function MemberVerification({ memberId }: { readonly memberId: string }) {
  const { t, number } = useI18n();
  const query = useQuery({
    queryKey: ['verify', memberId],
    queryFn: () => ok(api.GET('/api/members/{id}/verify', { params: { path: { id: memberId } } })),
  });
  return (
    <section aria-live="polite">
      <Typography.Title level={2} className="mf-section-title">
        {t('verify.member')}
      </Typography.Title>
      <Loaded query={query}>
        {() =>
          query.data ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <VerdictBadge ok={query.data.ok} />
              <Typography.Text>
                {t('verify.events', { count: number(query.data.count ?? 0) })}
              </Typography.Text>
              {query.data.headHash ? (
                <Typography.Text type="secondary" className="mf-hash">
                  {t('verify.head')}: {query.data.headHash}
                </Typography.Text>
              ) : null}
              {query.data.firstBad ? <FirstBad event={query.data.firstBad} /> : null}
            </Space>
          ) : null
        }
      </Loaded>
    </section>
  );
}

export function VerdictBadge({ ok: intact }: { readonly ok: boolean }) {
  const { t } = useI18n();
  return (
    <Alert
      type={intact ? 'success' : 'error'}
      showIcon
      data-verdict={intact ? 'ok' : 'broken'}
      title={<strong>{t(intact ? 'verify.ok' : 'verify.broken')}</strong>}
    />
  );
}

/** GET /api/audit/verify: every stream, read as its NDJSON lines arrive (progress, broken, done). */
export function StoreVerification() {
  const { t, number, percent } = useI18n();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<number>();
  const [broken, setBroken] = useState<Line[]>([]);
  const [done, setDone] = useState<Line>();
  const [error, setError] = useState<unknown>();

  const run = async () => {
    setRunning(true);
    setProgress(0);
    setBroken([]);
    setDone(undefined);
    setError(undefined);
    try {
      const response = await rawFetch('/api/audit/verify', {
        headers: { Accept: 'application/x-ndjson' },
      });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (value) buffer += decoder.decode(value, { stream: true });
        const lines = buffer.split('\n');
        buffer = finished ? '' : (lines.pop() ?? '');
        for (const text of lines.filter((line) => line.trim())) {
          const line = JSON.parse(text) as Line;
          if (line.type === 'progress' && line.percent !== undefined) setProgress(line.percent);
          if (line.type === 'broken') setBroken((before) => [...before, line]);
          if (line.type === 'done' || line.type === 'error') setDone(line);
        }
        if (finished) break;
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section aria-live="polite">
      <Typography.Title level={2} className="mf-section-title">
        {t('verify.store')}
      </Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button type="primary" onClick={run} loading={running}>
          {t('verify.run')}
        </Button>
        {running && progress !== undefined ? (
          <Progress
            percent={Math.round(progress)}
            aria-label={t('verify.running', { percent: percent(progress) })}
          />
        ) : null}
        <ProblemAlert error={error} />
        {done ? (
          <>
            <VerdictBadge ok={done.ok === true} />
            <Typography.Text>
              {t('verify.events', { count: number(done.events ?? 0) })} ·{' '}
              {t('verify.streams', { count: number(done.streams ?? 0) })}
              {done.brokenStreams
                ? ` · ${t('verify.brokenStreams', { count: number(done.brokenStreams) })}`
                : ''}
            </Typography.Text>
            {done.rootHash ? (
              <Typography.Text type="secondary" className="mf-hash">
                {t('verify.head')}: {done.rootHash}
              </Typography.Text>
            ) : null}
          </>
        ) : null}
        {broken.map((line) => (
          <FirstBad key={`${line.streamId}:${line.revision}`} event={line} />
        ))}
      </Space>
    </section>
  );
}
