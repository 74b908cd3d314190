import { Link, useSearchParams } from 'react-router';
import { Form, Input, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { useUnitName } from '../forms/pickers';
import { Loaded, Page } from '../shell/page';

type Entry = Schemas['RosterEntry'];

/** GET /api/members?q=: by name without accents, by citizen ID or card number, within the scope. */
export function Search() {
  const { t, pick, date } = useI18n();
  const vocabulary = useVocabulary();
  const unitName = useUnitName();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const query = useQuery({
    queryKey: ['search', q],
    enabled: q.length > 0,
    queryFn: () => ok(api.GET('/api/members', { params: { query: { q, size: 50 } } })),
  });

  return (
    <Page title={t('search.title')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('search.query')} htmlFor="search-q">
          <Input.Search
            id="search-q"
            defaultValue={q}
            enterButton={t('search.button')}
            allowClear
            autoFocus
            onSearch={(next) => setParams(next.trim() ? { q: next.trim() } : {})}
          />
        </Form.Item>
      </Form>
      {q ? (
        <Loaded query={query}>
          {() => (
            <Table<Entry>
              rowKey="id"
              dataSource={query.data?.items ?? []}
              scroll={{ x: 700 }}
              locale={{ emptyText: t('search.empty') }}
              pagination={false}
              columns={[
                {
                  key: 'name',
                  title: t('roster.name'),
                  render: (_, entry) => (
                    <Link to={`/members/${entry.id}`}>{entry.fullName ?? entry.id}</Link>
                  ),
                },
                {
                  key: 'born',
                  title: vocabulary ? pick(vocabulary.person.dateOfBirth) : '',
                  render: (_, entry) =>
                    entry.dateOfBirth ? date(entry.dateOfBirth) : (entry.birthYear ?? ''),
                },
                {
                  key: 'stage',
                  title: t('member.stage'),
                  render: (_, entry) => pick(vocabulary?.stages[entry.stage]),
                },
                {
                  key: 'cell',
                  title: t('roster.cell'),
                  render: (_, entry) => unitName(entry.cellId),
                },
              ]}
            />
          )}
        </Loaded>
      ) : null}
    </Page>
  );
}
