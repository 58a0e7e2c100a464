/**
 * THE page registry: the left menu and the router are built from this list, so a page is added
 * by adding one entry here — nothing else to touch. Only pages that work are listed.
 *
 * Menu order (keep these `order` numbers so pages written in parallel land in the right place):
 *   10 工作台 /dashboard · 20 机构名册 /roster · 30 报送 /intake · 40 问题台账 /ledger ·
 *   45 检查与线索 /inspections · 50 统计分析 /stats · 60 文书 /documents · 90 设置 /settings
 * The first entry in menu order is the start page (and where unknown links land).
 */
import { AuditOutlined, BarChartOutlined, CloudUploadOutlined, DashboardOutlined, FileTextOutlined, ProfileOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { assertUniquePaths } from '../lib/hash-route';

export interface PageRoute {
  /** Hash path, e.g. '/roster' → `#/roster`; query parameters are read with useHashLocation(). */
  path: string;
  /** Menu label and page title. */
  label: string;
  icon: ReactNode;
  order: number;
  /**
   * The page component, imported on first visit (own chunk): `() => import('./x/XPage').then((m) => m.XPage)`.
   * It takes no props; it reads what it needs from useAppState() and useHashLocation().
   */
  load: () => Promise<ComponentType>;
}

export const ROUTES: PageRoute[] = [
  {
    path: '/dashboard',
    label: '工作台',
    icon: <DashboardOutlined />,
    order: 10,
    load: () => import('./dashboard/DashboardPage').then((m) => m.DashboardPage),
  },
  {
    path: '/roster',
    label: '机构名册',
    icon: <TeamOutlined />,
    order: 20,
    load: () => import('./roster/RosterPage').then((m) => m.RosterPage),
  },
  {
    path: '/intake',
    label: '报送',
    icon: <CloudUploadOutlined />,
    order: 30,
    load: () => import('./intake/IntakePage').then((m) => m.IntakePage),
  },
  {
    path: '/ledger',
    label: '问题台账',
    icon: <ProfileOutlined />,
    order: 40,
    load: () => import('./ledger/LedgerPage').then((m) => m.LedgerPage),
  },
  {
    path: '/inspections',
    label: '检查与线索',
    icon: <AuditOutlined />,
    order: 45,
    load: () => import('./inspections/InspectionsPage').then((m) => m.InspectionsPage),
  },
  {
    path: '/documents',
    label: '文书',
    icon: <FileTextOutlined />,
    order: 60,
    load: () => import('./documents/DocumentsPage').then((m) => m.DocumentsPage),
  },
  {
    path: '/stats',
    label: '统计分析',
    icon: <BarChartOutlined />,
    order: 50,
    load: () => import('./stats/StatsPage').then((m) => m.StatsPage),
  },
  {
    path: '/settings',
    label: '设置',
    icon: <SettingOutlined />,
    order: 90,
    load: () => import('./settings/SettingsPage').then((m) => m.SettingsPage),
  },
];

assertUniquePaths(ROUTES);
