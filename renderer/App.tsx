/**
 * Top level: load the app state; with no campaign (first run) or on 新建专项 show the wizard,
 * else the main window.
 */
import { App as AntApp, Button, Result, Spin } from 'antd';
import { useState } from 'react';
import { describeError } from './lib/api-error';
import { localToday } from './lib/today';
import { AppStateProvider } from './features/app-state';
import { CampaignWizard } from './features/campaign/CampaignWizard';
import { AppLayout } from './features/layout/AppLayout';
import { buildHash } from './lib/hash-route';

export function App() {
  const [creating, setCreating] = useState(false);
  return (
    <AntApp>
      <AppStateProvider
        loading={<Spin size="large" tip="正在打开数据…" fullscreen />}
        failed={(e, retry) => (
          <Result
            status="error"
            title="无法打开数据"
            subTitle={describeError(e)}
            extra={<Button type="primary" onClick={retry}>重试</Button>}
          />
        )}
      >
        {(state) =>
          !state.campaign || creating ? (
            <CampaignWizard
              today={localToday()}
              onCancel={state.campaign ? () => setCreating(false) : undefined}
              onCreated={async () => {
                await state.reload();
                setCreating(false);
                // Next step of setting up (user journey §1.2): import the roster.
                window.location.hash = buildHash('/roster');
              }}
            />
          ) : (
            <AppLayout onCreateCampaign={() => setCreating(true)} />
          )
        }
      </AppStateProvider>
    </AntApp>
  );
}
