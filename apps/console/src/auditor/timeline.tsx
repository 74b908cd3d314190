import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Grid,
  List,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, ok, rawFetch, type Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { Loaded } from '../shell/page';

type Entry = Schemas['HistoryEntry'];

/** What a member's correction events are called (DetailsCorrected, and any `correct-…` action). */
const isCorrection = (entry: Entry) =>
  entry.type.includes('Corrected') || (entry.action ?? '').startsWith('correct');

/**
 * A member's timeline (GET /api/members/{id}/history): business date and record time side by side,
 * the actor, the document, corrections and late records marked. An "as of" date and a "known at"
 * time redraw the state (GET /api/members/{id}/state) and grey out the events outside that view.
 */
export function Timeline({ memberId }: { readonly memberId: string }) {
  const { t, pick, date, dateTime, number } = useI18n();
  const vocabulary = useVocabulary();
  const [view, setView] = useState<{ asOf?: string; knownAt?: string }>({});
  const narrow = !Grid.useBreakpoint().md;
  const history = useQuery({
    queryKey: ['history', memberId],
    queryFn: async () =>
      (await ok(
        api.GET('/api/members/{id}/history', { params: { path: { id: memberId } } }),
      )) as Schemas['MemberHistory'], // JSON here; the same route answers CSV when asked
  });
  const roleName = (role: string) =>
    role === 'admin' || role === 'officer' || role === 'auditor' || role === 'analyst'
      ? t(`role.${role}`)
      : role;
  const viewing = view.asOf !== undefined || view.knownAt !== undefined;
  const state = useQuery({
    queryKey: ['state', memberId, view.asOf, view.knownAt],
    enabled: viewing,
    queryFn: () =>
      ok(
        api.GET('/api/members/{id}/state', {
          params: {
            path: { id: memberId },
            query: {
              ...(view.asOf ? { asOf: view.asOf } : {}),
              ...(view.knownAt ? { knownAt: view.knownAt } : {}),
            },
          },
        }),
      ),
  });
  const excluded = new Set(
    (viewing ? (state.data?.events ?? []) : [])
      .filter((event) => !event.included)
      .map((event) => event.eventId),
  );

  const eventOf = (entry: Entry) => (
    <Space size={4} wrap>
      <span>
        {pick(entry.action ? vocabulary?.actions[entry.action] : undefined) || entry.type}
      </span>
      {isCorrection(entry) ? <Tag color="orange">{t('history.correction')}</Tag> : null}
      {entry.late ? <Tag color="gold">{t('history.late')}</Tag> : null}
      {excluded.has(entry.eventId) ? <Tag>{t('history.excluded')}</Tag> : null}
    </Space>
  );
  const actorOf = (entry: Entry) => (
    <span>
      {entry.actor.id}{' '}
      <Typography.Text type="secondary">
        ({roleName(entry.actor.role)} · {entry.actor.orgId})
      </Typography.Text>
    </span>
  );
  const documentOf = (entry: Entry) => (
    <span>
      {entry.documentRef}
      {entry.reason ? (
        <>
          {entry.documentRef ? <br /> : null}
          <Typography.Text type="secondary">{entry.reason}</Typography.Text>
        </>
      ) : null}
    </span>
  );
  const rulesOf = (entry: Entry) => (
    <Space size={2} wrap>
      {entry.rulesPassed.map((rule) => (
        <Tag key={rule.code} title={pick(rule)}>
          {rule.code}
        </Tag>
      ))}
      {entry.warnings.map((warning) => (
        <Tag key={warning.rule} color="gold" title={pick(warning.message)}>
          {warning.rule}
        </Tag>
      ))}
    </Space>
  );

  const downloadCsv = async () => {
    const response = await rawFetch(`/api/members/${encodeURIComponent(memberId)}/history`, {
      headers: { Accept: 'text/csv' },
    });
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `history-${memberId}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div>
      <Form
        name="as-of"
        layout="inline"
        className="mf-toolbar"
        onFinish={(values: { asOf?: Dayjs | null; knownAt?: Dayjs | null }) =>
          setView({
            asOf: values.asOf ? values.asOf.format('YYYY-MM-DD') : undefined,
            knownAt: values.knownAt ? values.knownAt.toISOString() : undefined,
          })
        }
      >
        <Form.Item name="asOf" label={t('history.asOf')}>
          <DatePicker
            format={['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD']}
            placeholder={t('form.datePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="knownAt" label={t('history.knownAt')}>
          <DatePicker showTime format="DD/MM/YYYY HH:mm:ss" />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('history.apply')}
            </Button>
            <Button htmlType="reset" onClick={() => setView({})}>
              {t('history.now')}
            </Button>
            <Button onClick={downloadCsv}>{t('history.csv')}</Button>
          </Space>
        </Form.Item>
      </Form>

      {viewing ? (
        <section aria-live="polite" className="mf-section" aria-labelledby="state-at-title">
          <Typography.Title level={2} id="state-at-title" className="mf-section-title">
            {t('history.stateAt')}
          </Typography.Title>
          <Loaded query={state}>
            {() =>
              state.data ? (
                <Descriptions
                  size="small"
                  bordered
                  column={{ xs: 1, sm: 1, md: 3 }}
                  items={[
                    {
                      key: 'stage',
                      label: t('member.stage'),
                      children: (
                        <strong data-testid="state-at-stage">
                          {state.data.existed
                            ? pick(vocabulary?.stages[state.data.stage]) || state.data.stage
                            : t('history.notYet')}
                        </strong>
                      ),
                    },
                    { key: 'asOf', label: t('history.asOf'), children: date(state.data.asOf) },
                    {
                      key: 'knownAt',
                      label: t('history.knownAt'),
                      children: dateTime(state.data.knownAt),
                    },
                    {
                      key: 'summary',
                      label: t('history.title'),
                      children: t('history.summary', {
                        included: number(state.data.summary.included),
                        excluded: number(
                          state.data.summary.excludedByAsOf + state.data.summary.excludedByKnownAt,
                        ),
                      }),
                    },
                  ]}
                />
              ) : null
            }
          </Loaded>
        </section>
      ) : null}

      <section className="mf-section" aria-labelledby="timeline-title">
        <Typography.Title level={2} id="timeline-title" className="mf-section-title">
          {t('history.title')}
        </Typography.Title>
        <Loaded query={history}>
          {() =>
            narrow ? (
              <List
                dataSource={history.data?.events ?? []}
                renderItem={(entry) => (
                  <Card
                    size="small"
                    className={`mf-gap mf-event-card ${excluded.has(entry.eventId) ? 'mf-excluded' : ''}`}
                  >
                    <div>
                      <strong>#{entry.revision}</strong> {eventOf(entry)}
                    </div>
                    <div>
                      {t('history.occurredOn')}: <strong>{date(entry.occurredOn)}</strong>
                    </div>
                    <div>
                      {t('history.recordedAt')}: {dateTime(entry.recordedAt)}
                    </div>
                    <div>
                      {t('history.actor')}: {actorOf(entry)}
                    </div>
                    {entry.documentRef || entry.reason ? (
                      <div>
                        {t('history.document')}: {documentOf(entry)}
                      </div>
                    ) : null}
                    <div>{rulesOf(entry)}</div>
                  </Card>
                )}
              />
            ) : (
              <Table<Entry>
                rowKey="eventId"
                dataSource={history.data?.events ?? []}
                pagination={false}
                scroll={{ x: 1000 }}
                rowClassName={(entry) => (excluded.has(entry.eventId) ? 'mf-excluded' : '')}
                columns={[
                  { key: 'revision', title: '#', width: 48, render: (_, entry) => entry.revision },
                  {
                    key: 'occurredOn',
                    title: t('history.occurredOn'),
                    render: (_, entry) => date(entry.occurredOn),
                  },
                  {
                    key: 'recordedAt',
                    title: t('history.recordedAt'),
                    render: (_, entry) => dateTime(entry.recordedAt),
                  },
                  { key: 'event', title: t('history.event'), render: (_, entry) => eventOf(entry) },
                  { key: 'actor', title: t('history.actor'), render: (_, entry) => actorOf(entry) },
                  {
                    key: 'document',
                    title: t('history.document'),
                    render: (_, entry) => documentOf(entry),
                  },
                  { key: 'rules', title: t('history.rules'), render: (_, entry) => rulesOf(entry) },
                ]}
              />
            )
          }
        </Loaded>
      </section>
    </div>
  );
}
