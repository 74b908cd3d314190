import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Collapse, Descriptions, List, Steps, Tabs, Tag, Typography } from 'antd';
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withResponse, type Schemas } from '../api/client';
import {
  actionSchema,
  resolveSchema,
  useApiDocument,
  useVocabulary,
  type ApiDocument,
  type Vocabulary,
} from '../api/document';
import { useI18n, type I18n } from '../i18n/i18n';
import type { LabelKey } from '../i18n/labels';
import { SchemaForm } from '../forms/schema-form';
import { useUnitName } from '../forms/pickers';
import { CAN, useUser } from '../session/session';
import { Loaded, Page } from '../shell/page';
import { Timeline } from '../auditor/timeline';
import { MemberVerification } from '../auditor/verification';

type Member = Schemas['MemberView'];

/** Actions that create a record: never offered on an existing one. */
const CREATING = new Set(['source-candidate', 'register-existing']);

interface Loaded {
  readonly member: Member;
  /** The revision read, sent back as If-Match. */
  readonly etag: string | undefined;
}

export function useMember(id: string) {
  return useQuery({
    queryKey: ['member', id],
    queryFn: async (): Promise<Loaded> => {
      const { data, response } = await withResponse(
        api.GET('/api/members/{id}', { params: { path: { id } } }),
      );
      return { member: data, etag: response.headers.get('ETag') ?? undefined };
    },
  });
}

/** A member's page: the person, the lifecycle, the dossier, the actions of now, history, integrity. */
export function MemberPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const user = useUser();
  const query = useMember(id);
  const documentQuery = useApiDocument();
  const vocabulary = useVocabulary();
  const member = query.data?.member;

  const tabs = [
    {
      key: 'record',
      label: t('member.tab.record'),
      children:
        member && vocabulary && documentQuery.data ? (
          <Record
            member={member}
            etag={query.data?.etag}
            vocabulary={vocabulary}
            document={documentQuery.data}
            canAct={CAN.act(user.role)}
            reload={() => query.refetch()}
          />
        ) : null,
    },
    ...(CAN.history(user.role)
      ? [{ key: 'history', label: t('member.tab.history'), children: <Timeline memberId={id} /> }]
      : []),
    ...(CAN.verify(user.role)
      ? [
          {
            key: 'verify',
            label: t('member.tab.verify'),
            children: <MemberVerification memberId={id} />,
          },
        ]
      : []),
  ];

  return (
    <Page
      title={member?.person?.fullName ?? t('member.tab.record')}
      extra={
        member && vocabulary ? (
          <Tag color={member.stage === 'official' ? 'green' : 'blue'} className="mf-stage-tag">
            {pick(vocabulary.stages[member.stage]) || member.stage}
          </Tag>
        ) : null
      }
    >
      <Loaded query={{ ...query, isPending: query.isPending || documentQuery.isPending }}>
        {() => (
          <>
            <Typography.Paragraph type="secondary" className="mf-member-meta">
              {t('member.copyId', { id })} ·{' '}
              {t('member.revision', { revision: member?.revision ?? '' })}
            </Typography.Paragraph>
            <Tabs
              items={tabs}
              defaultActiveKey={user.role === 'auditor' ? 'history' : 'record'}
              destroyOnHidden
            />
          </>
        )}
      </Loaded>
    </Page>
  );
}

function Record({
  member,
  etag,
  vocabulary,
  document,
  canAct,
  reload,
}: {
  readonly member: Member;
  readonly etag: string | undefined;
  readonly vocabulary: Vocabulary;
  readonly document: ApiDocument;
  readonly canAct: boolean;
  readonly reload: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="mf-record">
      <section aria-labelledby="lifecycle-title" className="mf-section">
        <Typography.Title level={2} id="lifecycle-title" className="mf-section-title">
          {t('member.lifecycle')}
        </Typography.Title>
        <LifecyclePath member={member} vocabulary={vocabulary} i18n={i18n} />
      </section>
      {canAct ? (
        <section aria-labelledby="actions-title" className="mf-section">
          <Typography.Title level={2} id="actions-title" className="mf-section-title">
            {t('member.actions')}
          </Typography.Title>
          <Actions
            member={member}
            etag={etag}
            vocabulary={vocabulary}
            document={document}
            reload={reload}
          />
        </section>
      ) : null}
      <div className="mf-columns">
        <section aria-labelledby="person-title" className="mf-section">
          <Typography.Title level={2} id="person-title" className="mf-section-title">
            {t('member.person')}
          </Typography.Title>
          <Person member={member} document={document} vocabulary={vocabulary} i18n={i18n} />
        </section>
        <section aria-labelledby="dossier-title" className="mf-section">
          <Typography.Title level={2} id="dossier-title" className="mf-section-title">
            {t('member.dossier')}
          </Typography.Title>
          <Dossier member={member} vocabulary={vocabulary} i18n={i18n} />
          <Typography.Title level={3} className="mf-subsection-title">
            {t('member.dates')}
          </Typography.Title>
          <Dates member={member} i18n={i18n} />
        </section>
      </div>
    </div>
  );
}

/**
 * The stage on the lifecycle, drawn as a path: the document lists the stages in the lifecycle's order
 * (`new`, the path to `official`, then the ways out); a way out is shown beside the path.
 */
function LifecyclePath({
  member,
  vocabulary,
  i18n,
}: {
  readonly member: Member;
  readonly vocabulary: Vocabulary;
  readonly i18n: I18n;
}) {
  const stages = Object.keys(vocabulary.stages);
  const official = stages.indexOf('official');
  const path = stages.slice(1, official + 1);
  const current = path.indexOf(member.stage);
  const exited = current < 0;
  const reached = exited ? lastReached(member, path) : current;
  return (
    <div>
      {exited ? (
        <Tag color="red" className="mf-gap">
          {i18n.pick(vocabulary.stages[member.stage])}
        </Tag>
      ) : null}
      <Steps
        size="small"
        current={reached}
        titlePlacement="vertical"
        status={exited ? 'error' : member.stage === 'official' ? 'finish' : 'process'}
        responsive
        items={path.map((stage) => ({ title: i18n.pick(vocabulary.stages[stage]) }))}
        className="mf-path"
      />
    </div>
  );
}

/** How far along the path a member who left it had come, from the dates it recorded. */
function lastReached(member: Member, path: readonly string[]): number {
  const dates = member.dates ?? {};
  const byStage: Record<string, string | undefined> = {
    sympathizer: dates.sourced,
    course_completed: dates.courseCertificate,
    applying: dates.application,
    cell_resolved: dates.cellResolution,
    committee_endorsed: dates.committeeEndorsement,
    admission_decided: dates.admissionDecision,
    probationary: dates.ceremony,
    official: dates.officialSince,
  };
  let last = 0;
  path.forEach((stage, index) => {
    if (byStage[stage]) last = index;
  });
  return last;
}

function Person({
  member,
  document,
  vocabulary,
  i18n,
}: {
  readonly member: Member;
  readonly document: ApiDocument;
  readonly vocabulary: Vocabulary;
  readonly i18n: I18n;
}) {
  const unitName = useUnitName();
  const schema = resolveSchema(document, document.components.schemas.PersonRecord);
  const person = (member.person ?? {}) as Record<string, unknown>;
  const items = Object.entries(schema.properties ?? {})
    .filter(
      ([name]) => person[name] !== undefined && person[name] !== null && vocabulary.person[name],
    )
    .map(([name, property]) => {
      const value = person[name];
      const labels = resolveSchema(document, property)['x-labels'];
      const shown =
        typeof value === 'boolean'
          ? i18n.t(value ? 'app.yes' : 'app.no')
          : labels && typeof value === 'string'
            ? i18n.pick(labels[value]) || value
            : property.format === 'date'
              ? i18n.date(String(value))
              : String(value);
      return { key: name, label: i18n.pick(vocabulary.person[name]), children: shown };
    });
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        ...items,
        { key: 'cell', label: i18n.t('member.cell'), children: unitName(member.cellId) },
      ]}
    />
  );
}

function Dossier({
  member,
  vocabulary,
  i18n,
}: {
  readonly member: Member;
  readonly vocabulary: Vocabulary;
  readonly i18n: I18n;
}) {
  const { t, pick, date } = i18n;
  const dossier = member.dossier;
  const votes = member.votes ?? {};
  const tally = (vote: Schemas['VoteRecord'] | undefined) =>
    vote
      ? `${date(vote.on)} · ${t('member.voteTally', { inFavor: vote.tally.inFavor, entitled: vote.tally.entitled })} · ${t(vote.passed ? 'member.votePassed' : 'member.voteFailed')}`
      : undefined;
  const opinion = (entry: { on: string; favorable: boolean } | undefined) =>
    entry
      ? `${date(entry.on)} · ${t(entry.favorable ? 'member.favorable' : 'member.unfavorable')}`
      : undefined;
  const introductions = dossier?.introductions;
  const rows: { key: LabelKey; done: boolean; detail?: string }[] = [
    {
      key: 'dossier.course',
      done: !!member.dates?.courseCertificate,
      detail: date(member.dates?.courseCertificate),
    },
    {
      key: 'dossier.application',
      done: !!member.dates?.application,
      detail: date(member.dates?.application),
    },
    {
      key: 'dossier.background',
      done: !!dossier?.backgroundCheck,
      detail: dossier?.backgroundCheck
        ? `${date(dossier.backgroundCheck.on)} · ${pick(vocabulary.conclusions[dossier.backgroundCheck.conclusion])}`
        : undefined,
    },
    {
      key: 'dossier.introducers',
      done: !!introductions,
      detail: introductions
        ? `${date(introductions.on)} · ${(introductions.introducers ?? []).length + (introductions.organizationResolution ? 1 : 0)}`
        : undefined,
    },
    {
      key: 'dossier.opinionMass',
      done: !!dossier?.opinions?.mass_organization,
      detail: opinion(dossier?.opinions?.mass_organization),
    },
    {
      key: 'dossier.opinionResidence',
      done: !!dossier?.opinions?.residence_cell,
      detail: opinion(dossier?.opinions?.residence_cell),
    },
    { key: 'dossier.cellVote', done: !!votes.cell?.passed, detail: tally(votes.cell) },
    {
      key: 'dossier.committeeVote',
      done: !!votes.committee?.passed,
      detail: tally(votes.committee),
    },
    {
      key: 'dossier.recognitionVote',
      done: !!votes.recognition?.passed,
      detail: tally(votes.recognition),
    },
  ];
  return (
    <List
      size="small"
      bordered
      dataSource={rows}
      renderItem={(row) => (
        <List.Item>
          <span className={row.done ? 'mf-check mf-check-done' : 'mf-check'}>
            {row.done ? (
              <CheckCircleFilled aria-label={t('member.done')} />
            ) : (
              <MinusCircleOutlined aria-label={t('member.missing')} />
            )}{' '}
            {t(row.key)}
          </span>
          <span className="mf-check-detail">{row.detail || t('member.missing')}</span>
        </List.Item>
      )}
    />
  );
}

const DATE_KEYS = [
  'sourced',
  'courseCertificate',
  'application',
  'cellResolution',
  'committeeEndorsement',
  'admissionDecision',
  'ceremony',
  'probationEnd',
  'officialSince',
  'recognitionVote',
  'removal',
  'death',
  'candidacyEnded',
] as const;

function Dates({ member, i18n }: { readonly member: Member; readonly i18n: I18n }) {
  const dates = (member.dates ?? {}) as Record<string, string | undefined>;
  const items = DATE_KEYS.filter((key) => dates[key]).map((key) => ({
    key,
    label: i18n.t(`dates.${key}`),
    children: i18n.date(dates[key]),
  }));
  return items.length > 0 ? <Descriptions size="small" column={1} bordered items={items} /> : null;
}

/**
 * A form for each action available now (the transition table's, in MemberView.availableActions),
 * generated from that action's body schema. Each sends the revision read as If-Match and a key of
 * its own as Idempotency-Key.
 */
function Actions({
  member,
  etag,
  vocabulary,
  document,
  reload,
}: {
  readonly member: Member;
  readonly etag: string | undefined;
  readonly vocabulary: Vocabulary;
  readonly document: ApiDocument;
  readonly reload: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [open, setOpen] = useState<string[]>([]);
  const actions = member.availableActions.filter((action) => !CREATING.has(action));
  if (actions.length === 0)
    return <Typography.Paragraph>{t('member.noActions')}</Typography.Paragraph>;

  const act = async (action: string, body: Record<string, unknown>) => {
    const { data, response } = await withResponse(
      api.POST('/api/members/{id}/actions/{action}', {
        params: {
          path: { id: member.id, action },
          header: {
            ...(etag ? { 'If-Match': etag } : {}),
            'Idempotency-Key': crypto.randomUUID(),
          },
        },
        body: body as never,
      }),
    );
    queries.setQueryData(['member', member.id], {
      member: data,
      etag: response.headers.get('ETag') ?? undefined,
    });
    await queries.invalidateQueries({ queryKey: ['history', member.id] });
    setOpen([]);
    message.success(t('member.saved', { action: pick(vocabulary.actions[action]) }));
  };

  return (
    <Collapse
      activeKey={open}
      onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
      items={actions.map((action) => {
        const schema = actionSchema(document, action);
        return {
          key: action,
          label: pick(vocabulary.actions[action]) || action,
          children: schema ? (
            <SchemaForm
              name={`action-${action}`}
              document={document}
              schema={schema}
              submitLabel={t('form.submit')}
              onSubmit={(body) => act(action, body)}
              onReload={reload}
            />
          ) : null,
        };
      })}
    />
  );
}
