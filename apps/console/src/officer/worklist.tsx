import { useState } from 'react';
import { Link } from 'react-router';
import { Card, Grid, List, Pagination, Segmented, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { Loaded, Page } from '../shell/page';

type Due = 'all' | 'overdue' | 'week' | 'month';
type Entry = Schemas['WorkEntry'];
const PAGE_SIZE = 50;

/** GET /api/worklist: the steps due and overdue in the user's scope, with the rule behind each deadline. */
export function Worklist() {
  const { t, pick, date, number } = useI18n();
  const vocabulary = useVocabulary();
  const [due, setDue] = useState<Due>('all');
  const [page, setPage] = useState(1);
  const narrow = !Grid.useBreakpoint().md;
  const stepName = (entry: Entry) =>
    `${pick(vocabulary?.actions[entry.step]) || entry.step}${entry.subject ? ` (${entry.subject})` : ''}`;
  const deadline = (entry: Entry) => (
    <span>
      {date(entry.dueOn)}{' '}
      {entry.daysOverdue > 0 ? (
        <Tag color="red">{t('worklist.overdueDays', { days: number(entry.daysOverdue) })}</Tag>
      ) : (
        <Tag color="green">{t('worklist.onTime')}</Tag>
      )}
    </span>
  );
  const rule = (entry: Entry) => (
    <span>
      <Tag>{entry.rule}</Tag> {pick(vocabulary?.rules[entry.rule])}
    </span>
  );
  const query = useQuery({
    queryKey: ['worklist', due, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      ok(
        api.GET('/api/worklist', {
          params: { query: { ...(due === 'all' ? {} : { due }), page, size: PAGE_SIZE } },
        }),
      ),
  });

  return (
    <Page
      title={t('worklist.title')}
      extra={
        <Segmented<Due>
          aria-label={t('worklist.due')}
          value={due}
          onChange={(value) => {
            setDue(value);
            setPage(1);
          }}
          options={(['all', 'overdue', 'week', 'month'] as const).map((value) => ({
            value,
            label: t(`worklist.due.${value}`),
          }))}
        />
      }
    >
      <Loaded query={query}>
        {() => (
          <>
            <Typography.Paragraph type="secondary">
              {t('worklist.today', { date: date(query.data?.today) })} ·{' '}
              {t('app.total', { count: number(query.data?.total) })}
            </Typography.Paragraph>
            {narrow ? (
              <>
                <List
                  dataSource={query.data?.items ?? []}
                  locale={{ emptyText: t('worklist.empty') }}
                  renderItem={(entry) => (
                    <Card size="small" className="mf-gap">
                      <Link to={`/members/${entry.memberId}`}>
                        <strong>{entry.fullName ?? entry.memberId}</strong>
                      </Link>
                      <div>{stepName(entry)}</div>
                      <Typography.Text type="secondary">
                        {entry.cellName ?? entry.cellId}
                      </Typography.Text>
                      <div>
                        {t('worklist.dueOn')}: {deadline(entry)}
                      </div>
                      <div>{rule(entry)}</div>
                    </Card>
                  )}
                />
                <Pagination
                  current={page}
                  pageSize={PAGE_SIZE}
                  total={query.data?.total ?? 0}
                  onChange={setPage}
                  hideOnSinglePage
                />
              </>
            ) : (
              <Table<Entry>
                rowKey={(entry) => `${entry.memberId}:${entry.step}:${entry.dueOn}`}
                dataSource={query.data?.items ?? []}
                loading={query.isFetching}
                scroll={{ x: 900 }}
                locale={{ emptyText: t('worklist.empty') }}
                pagination={{
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: query.data?.total ?? 0,
                  showSizeChanger: false,
                  onChange: setPage,
                }}
                columns={[
                  {
                    key: 'member',
                    title: t('worklist.member'),
                    sorter: (a, b) => (a.fullName ?? '').localeCompare(b.fullName ?? '', 'vi'),
                    render: (_, entry) => (
                      <Link to={`/members/${entry.memberId}`}>
                        {entry.fullName ?? entry.memberId}
                      </Link>
                    ),
                  },
                  {
                    key: 'step',
                    title: t('worklist.step'),
                    sorter: (a, b) => a.step.localeCompare(b.step),
                    render: (_, entry) => stepName(entry),
                  },
                  {
                    key: 'cell',
                    title: t('worklist.cell'),
                    sorter: (a, b) => (a.cellName ?? '').localeCompare(b.cellName ?? '', 'vi'),
                    render: (_, entry) => entry.cellName ?? entry.cellId,
                  },
                  {
                    key: 'since',
                    title: t('worklist.since'),
                    sorter: (a, b) => a.since.localeCompare(b.since),
                    render: (_, entry) => date(entry.since),
                  },
                  {
                    key: 'dueOn',
                    title: t('worklist.dueOn'),
                    defaultSortOrder: 'ascend',
                    sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
                    render: (_, entry) => deadline(entry),
                  },
                  {
                    key: 'rule',
                    title: t('worklist.rule'),
                    sorter: (a, b) => a.rule.localeCompare(b.rule),
                    render: (_, entry) => rule(entry),
                  },
                ]}
              />
            )}
          </>
        )}
      </Loaded>
    </Page>
  );
}
