/**
 * Triage inbox and the full table: filters, score order, keyboard moves (j/k/x/p/d/r/m/e/?), bulk status change with
 * a note, and export of exactly this view.
 */

import { PageState } from '@miniapp/components/PageState';
import { formatScore, formatShortDate } from '@miniapp/lib/format';
import type { DecisionStatus } from '@shared/domain/requirements';
import type { RequirementListItem } from '@shared/schemas/requirements-pages';
import { App, Button, Dropdown, Segmented, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { allPages, useRequirementList } from '../api';
import { useAge } from './age';
import { DecisionModal, type DecisionRequest } from './DecisionModal';
import styles from './desk.module.css';
import { downloadExport } from './desk-api';
import { type DeskFilters, deskParams, readDeskFilters, writeDeskFilters } from './desk-filters';
import { FilterBar } from './FilterBar';
import { MergeModal, type MergeSource } from './MergeModal';
import { RequirementPreview } from './RequirementPreview';
import { ShortcutHelp } from './ShortcutHelp';
import { statusColor } from './status-color';
import { useShortcuts } from './use-shortcuts';

type Row = RequirementListItem;

function useColumns(): ColumnsType<Row> {
  const { t } = useTranslation();
  const age = useAge();
  const col = (key: string) => t(`ui.requirements.desk.columns.${key}`);
  return [
    {
      key: 'title',
      title: col('title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <span>
          {title} {row.contested ? <Tag color="orange">{t('ui.requirements.desk.contested')}</Tag> : null}
        </span>
      ),
    },
    {
      key: 'status',
      title: col('status'),
      dataIndex: 'status',
      width: 100,
      render: (status: Row['status']) => (
        <Tag color={statusColor[status]}>{t(`ui.requirements.status.${status}`)}</Tag>
      ),
    },
    {
      key: 'kind',
      title: col('kind'),
      dataIndex: 'kind',
      width: 90,
      render: (kind: Row['kind']) => (kind ? t(`ui.requirements.kind.${kind}`) : '—'),
    },
    { key: 'customers', title: col('customers'), dataIndex: 'customerCount', width: 70, align: 'right' },
    { key: 'mentions', title: col('mentions'), dataIndex: 'mentionCount', width: 70, align: 'right' },
    {
      key: 'demand',
      title: col('demand'),
      dataIndex: 'demand',
      width: 80,
      align: 'right',
      render: (value: number) => formatScore(value),
    },
    {
      key: 'score',
      title: col('score'),
      dataIndex: 'score',
      width: 80,
      align: 'right',
      render: (value: number) => formatScore(value),
      sortOrder: 'descend',
      sorter: true,
      sortDirections: ['descend'],
    },
    { key: 'reporter', title: col('reporter'), dataIndex: 'reporterName', width: 90 },
    {
      key: 'age',
      title: col('age'),
      dataIndex: 'createdAt',
      width: 70,
      align: 'right',
      render: (createdAt: string) => age(createdAt),
    },
    {
      key: 'lastMention',
      title: col('lastMention'),
      dataIndex: 'lastMentionAt',
      width: 110,
      render: (at: string) => formatShortDate(at),
    },
  ];
}

export function DeskListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const filters = readDeskFilters(search);
  const setFilters = (next: DeskFilters) => setSearch(writeDeskFilters(next), { replace: true });
  const params = deskParams(filters);
  const list = useRequirementList(params);
  const rows = allPages(list.data);
  const total = list.data?.pages[0]?.total ?? 0;
  const [activeIndex, setActiveIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [decision, setDecision] = useState<DecisionRequest | null>(null);
  const [mergeSource, setMergeSource] = useState<MergeSource | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const active = rows[Math.min(activeIndex, rows.length - 1)];
  const columns = useColumns();

  const targets = () => (selected.length > 0 ? selected : active ? [active.id] : []);
  const decide = (status: DecisionStatus) => {
    const ids = targets();
    if (ids.length > 0) setDecision({ ids, status });
  };
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  const open = () => active && void navigate(`/desk/requirements/${active.id}`);

  useShortcuts(
    {
      j: () => setActiveIndex((i) => Math.min(i + 1, rows.length - 1)),
      k: () => setActiveIndex((i) => Math.max(i - 1, 0)),
      x: () => active && toggle(active.id),
      p: () => decide('planned'),
      d: () => decide('declined'),
      r: () => decide('under_review'),
      m: () => active && setMergeSource({ id: active.id, title: active.title }),
      e: open,
      Enter: open,
      '?': () => setHelpOpen(true),
    },
    { isPaused: decision !== null || mergeSource !== null || isHelpOpen },
  );

  const exportAs = (format: 'xlsx' | 'csv') =>
    void downloadExport(params, format).catch(() => void message.error(t('errors.INTERNAL')));

  return (
    <section aria-labelledby="desk-list-title">
      <h1 id="desk-list-title" className={styles.visuallyHidden}>
        {t('ui.requirements.desk.title')}
      </h1>
      <div className={styles.toolbar}>
        <Segmented
          aria-label={t('ui.requirements.desk.title')}
          value={filters.view}
          onChange={(view) => {
            setFilters({ ...filters, view: view as DeskFilters['view'] });
            setActiveIndex(0);
          }}
          options={[
            { value: 'inbox', label: t('ui.requirements.desk.inbox') },
            { value: 'all', label: t('ui.requirements.desk.all') },
          ]}
        />
        <Space>
          <span>
            {selected.length > 0 ? t('ui.requirements.desk.selected', { count: selected.length }) : null}
          </span>
          <Dropdown
            disabled={targets().length === 0}
            menu={{
              items: (['under_review', 'planned', 'in_progress', 'released', 'declined'] as const).map(
                (status) => ({
                  key: status,
                  label: t(`ui.requirements.status.${status}`),
                }),
              ),
              onClick: ({ key }) => decide(key as DecisionStatus),
            }}
          >
            <Button>{t('ui.requirements.desk.bulkStatus')}</Button>
          </Dropdown>
          <Dropdown
            menu={{
              items: [
                { key: 'xlsx', label: t('ui.requirements.desk.exportXlsx') },
                { key: 'csv', label: t('ui.requirements.desk.exportCsv') },
              ],
              onClick: ({ key }) => exportAs(key as 'xlsx' | 'csv'),
            }}
          >
            <Button>{t('ui.requirements.desk.export')}</Button>
          </Dropdown>
          <Button onClick={() => setHelpOpen(true)} aria-label={t('ui.requirements.desk.shortcuts')}>
            ?
          </Button>
        </Space>
      </div>
      <FilterBar filters={filters} onChange={(changes) => setFilters({ ...filters, ...changes })} />
      <PageState
        deferRows
        isLoading={list.isPending}
        error={list.data ? null : list.error}
        onRetry={() => void list.refetch()}
      >
        <div className={styles.listWithPreview}>
          <Table<Row>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching}
            pagination={false}
            locale={{
              emptyText: t(
                filters.view === 'inbox'
                  ? 'ui.requirements.desk.emptyInbox'
                  : 'ui.requirements.desk.emptyList',
              ),
            }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
            rowClassName={(row) => (row.id === active?.id ? (styles.activeRow ?? '') : '')}
            onRow={(row, index) => ({
              onClick: () => setActiveIndex(index ?? 0),
              onDoubleClick: () => void navigate(`/desk/requirements/${row.id}`),
            })}
            title={() => t('ui.requirements.desk.total', { count: total })}
            footer={
              list.hasNextPage
                ? () => (
                    <Button onClick={() => void list.fetchNextPage()}>
                      {t('ui.requirements.desk.loadMore')}
                    </Button>
                  )
                : undefined
            }
          />
          <RequirementPreview row={active} />
        </div>
      </PageState>
      <DecisionModal
        request={decision}
        onClose={(didDecide) => {
          setDecision(null);
          if (didDecide) setSelected([]);
        }}
      />
      <MergeModal source={mergeSource} onClose={() => setMergeSource(null)} />
      <ShortcutHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
