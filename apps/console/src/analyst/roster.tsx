import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Form, Input, Select, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, rawFetch, type Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { UnitPicker, useUnitName } from '../forms/pickers';
import { Loaded, Page } from '../shell/page';
import { ScopeRootPicker } from '../shell/scope-picker';
import { useChosenUnit } from './unit-choice';

type Entry = Schemas['RosterEntry'];
interface Filters {
  readonly stage?: string;
  readonly gender?: string;
  readonly ethnicity?: string;
  readonly q?: string;
}
const PAGE_SIZE = 20;

/** GET /api/orgs/{id}/roster: everyone with a record in the subtree, filtered and paged; CSV. */
export function Roster() {
  const { t, pick, date } = useI18n();
  const vocabulary = useVocabulary();
  const unitName = useUnitName();
  const [unit, setUnit] = useChosenUnit();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['roster', unit, filters, page],
    enabled: unit !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (await ok(
        api.GET('/api/orgs/{id}/roster', {
          params: { path: { id: unit as string }, query: { ...filters, page, size: PAGE_SIZE } },
        }),
      )) as Schemas['RosterPage'], // JSON here; the same route answers CSV when asked
  });
  const options = (labels: Record<string, { vi: string; en: string }> | undefined) =>
    Object.entries(labels ?? {}).map(([value, label]) => ({ value, label: pick(label) }));

  const downloadCsv = async () => {
    const search = new URLSearchParams(
      Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]),
    );
    const response = await rawFetch(
      `/api/orgs/${encodeURIComponent(unit as string)}/roster?${search}`,
      {
        headers: { Accept: 'text/csv' },
      },
    );
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `roster-${unit}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Page
      title={t('roster.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={downloadCsv} disabled={unit === undefined}>
          {t('roster.csv')}
        </Button>
      }
    >
      <ScopeRootPicker />
      <Form
        name="roster-filters"
        layout="inline"
        className="mf-toolbar"
        onFinish={(values: Filters) => {
          setFilters(Object.fromEntries(Object.entries(values).filter(([, value]) => value)));
          setPage(1);
        }}
      >
        <Form.Item label={t('scope.unit')} htmlFor="roster-unit" className="mf-toolbar-wide">
          <UnitPicker id="roster-unit" value={unit} onChange={(next) => next && setUnit(next)} />
        </Form.Item>
        <Form.Item name="q" label={t('search.button')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="stage" label={t('member.stage')}>
          <Select
            allowClear
            placeholder={t('roster.anyStage')}
            options={options(vocabulary?.stages).filter((o) => o.value !== 'new')}
            className="mf-select"
          />
        </Form.Item>
        <Form.Item name="gender" label={pick(vocabulary?.person.gender)}>
          <Select
            allowClear
            placeholder={t('roster.anyGender')}
            options={options(vocabulary?.genders)}
            className="mf-select-small"
          />
        </Form.Item>
        <Form.Item name="ethnicity" label={pick(vocabulary?.person.ethnicity)}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('roster.anyEthnicity')}
            options={options(vocabulary?.ethnicities)}
            className="mf-select-small"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('roster.apply')}
          </Button>
        </Form.Item>
      </Form>
      {unit === undefined ? null : (
        <Loaded query={query}>
          {() => (
            <Table<Entry>
              rowKey="id"
              dataSource={query.data?.items ?? []}
              loading={query.isFetching}
              scroll={{ x: 800 }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: query.data?.total ?? 0,
                showSizeChanger: false,
                onChange: setPage,
                showTotal: (total) => t('app.total', { count: total }),
              }}
              columns={[
                {
                  key: 'name',
                  title: t('roster.name'),
                  render: (_, entry) => (
                    <Link to={`/members/${entry.id}`}>{entry.fullName ?? entry.id}</Link>
                  ),
                },
                {
                  key: 'stage',
                  title: t('member.stage'),
                  render: (_, entry) => pick(vocabulary?.stages[entry.stage]) || entry.stage,
                },
                {
                  key: 'gender',
                  title: pick(vocabulary?.person.gender),
                  render: (_, entry) =>
                    entry.gender ? pick(vocabulary?.genders[entry.gender]) : '',
                },
                {
                  key: 'born',
                  title: t('roster.birthYear'),
                  render: (_, entry) =>
                    entry.dateOfBirth ? date(entry.dateOfBirth) : (entry.birthYear ?? ''),
                },
                {
                  key: 'ethnicity',
                  title: pick(vocabulary?.person.ethnicity),
                  render: (_, entry) =>
                    entry.ethnicity
                      ? pick(vocabulary?.ethnicities[entry.ethnicity]) || entry.ethnicity
                      : '',
                },
                {
                  key: 'cell',
                  title: t('roster.cell'),
                  render: (_, entry) => unitName(entry.cellId),
                },
                {
                  key: 'officialSince',
                  title: t('dates.officialSince'),
                  render: (_, entry) => date(entry.officialSince),
                },
              ]}
            />
          )}
        </Loaded>
      )}
    </Page>
  );
}
