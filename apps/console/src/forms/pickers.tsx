import { useMemo, useState } from 'react';
import { Select, TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../api/client';
import { useVocabulary } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { useScopeRoot } from '../shell/scope';

interface PickerProps {
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly 'aria-required'?: boolean;
}

/** A member chosen by name or citizen ID (GET /api/members?q=), within the user's scope. */
export function MemberPicker({ id, value, onChange, ...aria }: PickerProps) {
  const { t, pick } = useI18n();
  const vocabulary = useVocabulary();
  const [query, setQuery] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['member-picker', query],
    enabled: query.trim().length >= 2,
    queryFn: () =>
      ok(api.GET('/api/members', { params: { query: { q: query.trim(), size: 10 } } })),
  });
  const options = (data?.items ?? []).map((entry) => ({
    value: entry.id,
    label: `${entry.fullName ?? entry.id} · ${pick(vocabulary?.stages[entry.stage])}`,
  }));
  return (
    <Select
      id={id}
      aria-required={aria['aria-required']}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={t('form.searchMember')}
      options={options}
      loading={isFetching}
      notFoundContent={query.trim().length >= 2 && !isFetching ? t('search.empty') : null}
    />
  );
}

type TreeNode = Schemas['OrgTreeNode'];

interface TreeOption {
  readonly value: string;
  readonly title: string;
  readonly children: TreeOption[];
  readonly disabled?: boolean;
}

/** The units of the scope as a tree (GET /api/orgs/{root}/tree). */
export function useScopeTree() {
  const root = useScopeRoot();
  return useQuery({
    queryKey: ['scope-tree', root],
    enabled: root !== undefined,
    queryFn: () =>
      ok(
        api.GET('/api/orgs/{id}/tree', {
          params: { path: { id: root as string }, query: { depth: 10 } },
        }),
      ),
  });
}

/** The names of the units of the scope, by id (a unit outside the tree is named by its id). */
export function useUnitName(): (id: string | null | undefined) => string {
  const { data } = useScopeTree();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    const visit = (node: TreeNode) => {
      map.set(node.id, node.name);
      node.children.forEach(visit);
    };
    if (data) visit(data.tree);
    return map;
  }, [data]);
  return (id) => (id ? (names.get(id) ?? id) : '');
}

/** A unit of the user's scope, chosen in its tree; `cellsOnly` for a member's cell. */
export function UnitPicker({
  id,
  value,
  onChange,
  cellsOnly,
  ...aria
}: PickerProps & { readonly cellsOnly?: boolean }) {
  const { t } = useI18n();
  const { data } = useScopeTree();
  const treeData = useMemo(() => {
    const toOption = (node: TreeNode): TreeOption => ({
      value: node.id,
      title: `${node.name} (${node.code})`,
      disabled: node.status !== 'active' || (cellsOnly && !node.kind.endsWith('cell')),
      children: node.children.map(toOption),
    });
    return data ? [toOption(data.tree)] : [];
  }, [data, cellsOnly]);
  return (
    <TreeSelect
      id={id}
      aria-required={aria['aria-required']}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      allowClear
      placeholder={t('form.pickUnit')}
    />
  );
}
