/**
 * The window: left menu built from ROUTES, header with the campaign switcher and the operator,
 * and the current page (loaded on first visit, isolated by an error boundary).
 */
import { UserOutlined } from '@ant-design/icons';
import { Flex, Layout, Menu, Spin, Tooltip, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { matchRoute, sortRoutes } from '../../lib/hash-route';
import { useAppState } from '../app-state';
import { pageComponent } from '../lazy-page';
import { ROUTES } from '../routes';
import { CampaignSwitcher } from './CampaignSwitcher';
import { PageErrorBoundary } from './PageErrorBoundary';
import { useHashLocation } from './use-hash-location';

export function AppLayout({ onCreateCampaign }: { onCreateCampaign: () => void }) {
  const { info, campaign } = useAppState();
  const { path, navigate } = useHashLocation();
  const [collapsed, setCollapsed] = useState(false);
  const routes = useMemo(() => sortRoutes(ROUTES), []);
  const route = matchRoute(routes, path);
  const Page = route ? pageComponent(route) : null;

  return (
    <Layout className="rd-app">
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} theme="light" width={184} className="rd-sider">
        <div className="rd-logo" title="专项整治报送统计">{collapsed ? '专项' : '专项整治报送统计'}</div>
        <Menu
          mode="inline"
          selectedKeys={route ? [route.path] : []}
          items={routes.map((r) => ({ key: r.path, icon: r.icon, label: r.label }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="rd-header">
          <Flex align="center" gap={12} style={{ minWidth: 0, flex: 1 }}>
            <Typography.Text strong ellipsis className="rd-campaign-name" title={campaign?.name}>
              {campaign?.name}
            </Typography.Text>
            <CampaignSwitcher onCreate={onCreateCampaign} />
          </Flex>
          <Tooltip title="操作员（记入操作日志），可在“设置”中修改">
            <Flex align="center" gap={6} className="rd-operator" onClick={() => navigate('/settings')} role="button" aria-label="操作员">
              <UserOutlined />
              <span>{info.operator}</span>
            </Flex>
          </Tooltip>
        </Layout.Header>
        <Layout.Content className="rd-content">
          {route && Page ? (
            <PageErrorBoundary resetKey={route.path}>
              <Typography.Title level={4} className="rd-page-title">{route.label}</Typography.Title>
              <Suspense fallback={<Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }}><div /></Spin>}>
                {/* Keyed by campaign: switching campaigns starts every page afresh. */}
                <Page key={campaign?.code ?? ''} />
              </Suspense>
            </PageErrorBoundary>
          ) : null}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
