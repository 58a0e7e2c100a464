/**
 * THE page registry: the left menu and the router are built from this list, so a page is added
 * by adding one entry here — nothing else to touch. Only pages that work are listed.
 *
 * Menu order (keep these `order` numbers so pages written in parallel land in the right place):
 *   10 工作台 /dashboard · 20 机构名册 /roster · 30 报送 /intake · 40 问题台账 /ledger ·
 *   50 统计分析 /stats · 60 文书 /documents · 90 设置 /settings
 * The first entry in menu order is the start page (and where unknown links land).
 */
import { SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { assertUniquePaths } from '../lib/hash-route';
import { lazyPage } from './lazy-page';

export interface PageRoute {
  /** Hash path, e.g. '/roster' → `#/roster`; query parameters are read with useHashLocation(). */
  path: string;
  /** Menu label and page title. */
  label: string;
  icon: ReactNode;
  order: number;
  /** A named export loaded on first visit; it reads what it needs from useAppState(). */
  component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: PageRoute[] = [
  {
    path: '/roster',
    label: '机构名册',
    icon: <TeamOutlined />,
    order: 20,
    component: lazyPage(() => import('./roster/RosterPage'), 'RosterPage'),
  },
  {
    path: '/settings',
    label: '设置',
    icon: <SettingOutlined />,
    order: 90,
    component: lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage'),
  },
];

assertUniquePaths(ROUTES);
