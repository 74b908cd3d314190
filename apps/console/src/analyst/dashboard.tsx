import { useState } from 'react';
import { Card, Col, DatePicker, Form, InputNumber, Row, Statistic, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Funnel,
  FunnelChart,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { api, ok, type Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import type { LabelKey } from '../i18n/labels';
import { todayIso } from '../i18n/format';
import { UnitPicker } from '../forms/pickers';
import { Loaded, Page } from '../shell/page';
import { ScopeRootPicker } from '../shell/scope-picker';
import { useChosenUnit } from './unit-choice';

type Figures = Schemas['Figures'];

const AGE_BANDS = ['18-30', '31-40', '41-50', '51-60', 'over-60'] as const;
const COLOURS = ['#a8071a', '#d4380d', '#d48806', '#389e0d', '#08979c', '#1d39c4', '#531dab'];

/**
 * An analyst's view of any subtree, every figure from the api: statistics as of a date
 * (GET /api/orgs/{id}/statistics), admissions against plan per unit (…/admissions?year=) as a bar
 * chart, the candidate pipeline (…/pipeline) as a funnel.
 */
export function Dashboard() {
  const { t, number, share, date } = useI18n();
  const [unit, setUnit] = useChosenUnit();
  const [asOf, setAsOf] = useState(todayIso());
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));

  const statistics = useQuery({
    queryKey: ['statistics', unit, asOf],
    enabled: unit !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (await ok(
        api.GET('/api/orgs/{id}/statistics', {
          params: { path: { id: unit as string }, query: { asOf } },
        }),
      )) as Schemas['Statistics'], // JSON here; the same route answers spreadsheets when asked
  });
  const total = statistics.data?.total;

  return (
    <Page title={t('dashboard.title')}>
      <ScopeRootPicker />
      <Form layout="inline" className="mf-toolbar" component="div">
        <Form.Item label={t('scope.unit')} htmlFor="dashboard-unit" className="mf-toolbar-wide">
          <UnitPicker id="dashboard-unit" value={unit} onChange={(next) => next && setUnit(next)} />
        </Form.Item>
        <Form.Item label={t('dashboard.asOf')} htmlFor="dashboard-as-of">
          <DatePicker
            id="dashboard-as-of"
            allowClear={false}
            value={dayjs(asOf)}
            format={['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD']}
            onChange={(value) => value && setAsOf(value.format('YYYY-MM-DD'))}
          />
        </Form.Item>
        <Form.Item label={t('dashboard.year')} htmlFor="dashboard-year">
          <InputNumber
            id="dashboard-year"
            value={year}
            min={1930}
            max={2100}
            onChange={(value) => value && setYear(value)}
          />
        </Form.Item>
      </Form>
      {unit === undefined ? null : (
        <Loaded query={statistics}>
          {() =>
            total ? (
              <>
                <Typography.Paragraph type="secondary">
                  {statistics.data?.unit.name} · {t('dashboard.asOf')} {date(statistics.data?.asOf)}
                </Typography.Paragraph>
                <Row gutter={[16, 16]} className="mf-gap">
                  <Kpi title={t('dashboard.members')} value={number(total.members.total)} />
                  <Kpi title={t('dashboard.official')} value={number(total.people.official)} />
                  <Kpi
                    title={t('dashboard.probationary')}
                    value={number(total.people.probationary)}
                  />
                  <Kpi
                    title={t('dashboard.women')}
                    value={number(total.members.byDimension.gender.female)}
                    suffix={share(total.members.byDimension.gender.female, total.members.total)}
                  />
                  <Kpi
                    title={t('dashboard.minority')}
                    value={number(total.members.byDimension.ethnicity.minority)}
                    suffix={share(
                      total.members.byDimension.ethnicity.minority,
                      total.members.total,
                    )}
                  />
                  <Kpi
                    title={t('dashboard.religious')}
                    value={number(total.members.byDimension.religion.religious)}
                    suffix={share(
                      total.members.byDimension.religion.religious,
                      total.members.total,
                    )}
                  />
                </Row>
                <Row gutter={[16, 16]} className="mf-gap">
                  <Col xs={24} lg={8}>
                    <UnitsByKind figures={total} />
                  </Col>
                  <Col xs={24} lg={8}>
                    <ByStage figures={total} />
                  </Col>
                  <Col xs={24} lg={8}>
                    <AgeBands figures={total} />
                  </Col>
                </Row>
              </>
            ) : null
          }
        </Loaded>
      )}
      {unit === undefined ? null : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Admissions unit={unit} year={year} />
          </Col>
          <Col xs={24} xl={10}>
            <Pipeline unit={unit} />
          </Col>
        </Row>
      )}
    </Page>
  );
}

function Kpi({
  title,
  value,
  suffix,
}: {
  readonly title: string;
  readonly value: string;
  readonly suffix?: string;
}) {
  return (
    <Col xs={12} sm={8} lg={4}>
      <Card size="small" className="mf-kpi">
        <Statistic
          title={title}
          value={value}
          suffix={suffix ? <span className="mf-kpi-share">{suffix}</span> : undefined}
        />
      </Card>
    </Col>
  );
}

/** A small table of counts: a label and a figure per row (and its share of `whole`). */
function CountTable({
  title,
  heading,
  rows,
  whole,
}: {
  readonly title: string;
  /** What the first column lists. */
  readonly heading: string;
  readonly rows: readonly { key: string; label: string; count: number }[];
  readonly whole?: number;
}) {
  const { t, number, share } = useI18n();
  return (
    <Card size="small" title={<h2 className="mf-card-title">{title}</h2>}>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { key: 'label', title: heading, dataIndex: 'label' },
          {
            key: 'count',
            title: t('dashboard.count'),
            align: 'right',
            render: (_, row) => number(row.count),
          },
          ...(whole !== undefined
            ? [
                {
                  key: 'share',
                  title: t('dashboard.share'),
                  align: 'right' as const,
                  render: (_: unknown, row: { count: number }) => share(row.count, whole),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function UnitsByKind({ figures }: { readonly figures: Figures }) {
  const { t, pick } = useI18n();
  const vocabulary = useVocabulary();
  const rows = Object.entries(figures.units)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => ({
      key: kind,
      label: pick(vocabulary?.unitKinds[kind]) || kind,
      count,
    }));
  return <CountTable title={t('dashboard.units')} heading={t('orgs.kind')} rows={rows} />;
}

function ByStage({ figures }: { readonly figures: Figures }) {
  const { t, pick } = useI18n();
  const vocabulary = useVocabulary();
  const rows = Object.entries(figures.people).map(([stage, count]) => ({
    key: stage,
    label: pick(vocabulary?.stages[stage]) || stage,
    count,
  }));
  return <CountTable title={t('dashboard.byStage')} heading={t('member.stage')} rows={rows} />;
}

function AgeBands({ figures }: { readonly figures: Figures }) {
  const { t } = useI18n();
  const bands = figures.members.byAgeBand as Record<string, number>;
  const rows = AGE_BANDS.map((band) => ({
    key: band,
    label: t(`age.${band}` as LabelKey),
    count: bands[band] ?? 0,
  }));
  return (
    <CountTable
      title={t('dashboard.ageBands')}
      heading={t('dashboard.age')}
      rows={rows}
      whole={figures.members.total}
    />
  );
}

/** Admissions of the year against plan, per unit below: a bar chart, and the same figures as a table. */
function Admissions({ unit, year }: { readonly unit: string; readonly year: number }) {
  const { t, number, percent } = useI18n();
  const query = useQuery({
    queryKey: ['admissions', unit, year],
    placeholderData: keepPreviousData,
    queryFn: () =>
      ok(api.GET('/api/orgs/{id}/admissions', { params: { path: { id: unit }, query: { year } } })),
  });
  const rows = (query.data?.children ?? []).map((child) => ({
    key: child.unitId,
    name: child.unit.name ?? child.unitId,
    admitted: child.admitted,
    target: child.target ?? 0,
    percent: child.percent,
  }));
  const total = query.data?.total;
  return (
    <Card
      size="small"
      className="mf-gap"
      title={<h2 className="mf-card-title">{t('dashboard.admissions', { year })}</h2>}
      extra={
        total ? (
          <span data-testid="admissions-total">
            {number(total.admitted)}/{number(total.target ?? 0)}
            {total.percent === null ? '' : ` · ${percent(total.percent)}`}
          </span>
        ) : null
      }
    >
      <Loaded query={query}>
        {() => (
          <>
            <figure
              className="mf-chart"
              aria-label={t('dashboard.admissions', { year })}
              data-testid="admissions-chart"
            >
              <ResponsiveContainer width="100%" height={Math.max(220, rows.length * 48 + 60)}>
                <BarChart
                  data={rows}
                  layout="vertical"
                  margin={{ left: 8, right: 48, top: 8, bottom: 8 }}
                >
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis
                    type="number"
                    allowDecimals={false}
                    tickFormatter={(value: number) => number(value)}
                  />
                  <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(value) => number(Number(value))} />
                  <Legend />
                  <Bar
                    dataKey="admitted"
                    name={t('dashboard.admitted')}
                    fill="#a8071a"
                    isAnimationActive={false}
                  >
                    <LabelList
                      dataKey="admitted"
                      position="right"
                      formatter={(value) => number(Number(value))}
                    />
                  </Bar>
                  <Bar
                    dataKey="target"
                    name={t('dashboard.target')}
                    fill="#8c8c8c"
                    isAnimationActive={false}
                  >
                    <LabelList
                      dataKey="target"
                      position="right"
                      formatter={(value) => number(Number(value))}
                    />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </figure>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              aria-label={t('dashboard.chartTable')}
              columns={[
                { key: 'name', title: t('dashboard.unitName'), dataIndex: 'name' },
                {
                  key: 'admitted',
                  title: t('dashboard.admitted'),
                  align: 'right',
                  render: (_, row) => number(row.admitted),
                },
                {
                  key: 'target',
                  title: t('dashboard.target'),
                  align: 'right',
                  render: (_, row) => number(row.target),
                },
                {
                  key: 'percent',
                  title: t('dashboard.percent'),
                  align: 'right',
                  render: (_, row) => percent(row.percent),
                },
              ]}
            />
          </>
        )}
      </Loaded>
    </Card>
  );
}

/** The candidates per stage as a funnel, the overdue steps, the median days between stages. */
function Pipeline({ unit }: { readonly unit: string }) {
  const { t, pick, number } = useI18n();
  const vocabulary = useVocabulary();
  const query = useQuery({
    queryKey: ['pipeline', unit],
    placeholderData: keepPreviousData,
    queryFn: () => ok(api.GET('/api/orgs/{id}/pipeline', { params: { path: { id: unit } } })),
  });
  const stages = Object.entries(query.data?.candidates.byStage ?? {}).map(
    ([stage, count], index) => ({
      key: stage,
      name: pick(vocabulary?.stages[stage]) || stage,
      value: count,
      fill: COLOURS[index % COLOURS.length],
    }),
  );
  return (
    <Card
      size="small"
      className="mf-gap"
      title={<h2 className="mf-card-title">{t('dashboard.pipeline')}</h2>}
      extra={
        query.data ? (
          <span>
            {t('dashboard.candidates')}: {number(query.data.candidates.total)} ·{' '}
            {t('dashboard.overdue')}: {number(query.data.overdueSteps)}
          </span>
        ) : null
      }
    >
      <Loaded query={query}>
        {() => (
          <>
            <figure
              className="mf-chart"
              aria-label={t('dashboard.pipeline')}
              data-testid="pipeline-chart"
            >
              <ResponsiveContainer width="100%" height={280}>
                <FunnelChart margin={{ left: 8, right: 8, top: 8, bottom: 8 }}>
                  <Tooltip formatter={(value) => number(Number(value))} />
                  <Funnel
                    dataKey="value"
                    data={stages.filter((stage) => stage.value > 0)}
                    isAnimationActive={false}
                    lastShapeType="rectangle"
                  >
                    <LabelList
                      position="center"
                      fill="#fff"
                      stroke="none"
                      dataKey="value"
                      formatter={(value) => number(Number(value))}
                    />
                  </Funnel>
                </FunnelChart>
              </ResponsiveContainer>
            </figure>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={stages}
              aria-label={t('dashboard.chartTable')}
              columns={[
                {
                  key: 'name',
                  title: t('member.stage'),
                  render: (_, row) => (
                    <span>
                      <span
                        className="mf-swatch"
                        style={{ background: row.fill }}
                        aria-hidden="true"
                      />{' '}
                      {row.name}
                    </span>
                  ),
                },
                {
                  key: 'value',
                  title: t('dashboard.count'),
                  align: 'right',
                  render: (_, row) => number(row.value),
                },
              ]}
            />
            {(query.data?.durations ?? []).length > 0 ? (
              <Table
                size="small"
                className="mf-gap-top"
                pagination={false}
                rowKey={(row) => `${row.from}-${row.to}`}
                dataSource={query.data?.durations ?? []}
                columns={[
                  {
                    key: 'step',
                    title: t('member.stage'),
                    render: (_, row) =>
                      `${pick(vocabulary?.stages[row.from]) || row.from} → ${pick(vocabulary?.stages[row.to]) || row.to}`,
                  },
                  {
                    key: 'count',
                    title: t('dashboard.count'),
                    align: 'right',
                    render: (_, row) => number(row.count),
                  },
                  {
                    key: 'median',
                    title: t('dashboard.medianDays'),
                    align: 'right',
                    render: (_, row) => number(row.medianDays),
                  },
                ]}
              />
            ) : null}
          </>
        )}
      </Loaded>
    </Card>
  );
}
