import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Space, Tag, Tree, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import type { LabelKey } from '../i18n/labels';
import { useScopeTree } from '../forms/pickers';
import { Loaded, Page } from '../shell/page';
import { ScopeRootPicker } from '../shell/scope-picker';

type Node = Schemas['OrgTreeNode'];
interface TreeItem {
  readonly key: string;
  readonly title: ReactNode;
  readonly children: TreeItem[];
}

/** GET /api/orgs/{root}/tree: the units of the scope, each with its kind and a way to its figures. */
export function OrgTree() {
  const { t, pick } = useI18n();
  const vocabulary = useVocabulary();
  const query = useScopeTree();
  const toTreeNode = (node: Node): TreeItem => ({
    key: node.id,
    title: (
      <Space size={6} wrap>
        <strong>{node.name}</strong>
        <Typography.Text type="secondary">
          {pick(vocabulary?.unitKinds[node.kind]) || node.kind} · {node.code}
        </Typography.Text>
        {node.status !== 'active' ? <Tag>{t(`orgs.status.${node.status}` as LabelKey)}</Tag> : null}
        <Link to={`/dashboard?unit=${encodeURIComponent(node.id)}`}>{t('orgs.dashboard')}</Link>
        <Link to={`/roster?unit=${encodeURIComponent(node.id)}`}>{t('orgs.roster')}</Link>
      </Space>
    ),
    children: node.children.map(toTreeNode),
  });
  return (
    <Page title={t('orgs.title')}>
      <ScopeRootPicker />
      <Loaded query={{ ...query, isPending: query.isPending && query.fetchStatus !== 'idle' }}>
        {() =>
          query.data ? (
            <Tree
              treeData={[toTreeNode(query.data.tree)]}
              defaultExpandAll
              selectable={false}
              showLine
            />
          ) : null
        }
      </Loaded>
    </Page>
  );
}
