/** Renderer entry: zh_CN locale for antd and dayjs, React 19 render hook for antd, then <App />. */
import { ConfigProvider, unstableSetRender } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

dayjs.locale('zh-cn');

// antd 5 renders its static popups with the React 18 API; this hands it React 19's createRoot
// (antd's documented route for React 19, no extra package needed).
unstableSetRender((node, container) => {
  const el = container as Element & { _reactRoot?: ReturnType<typeof createRoot> };
  el._reactRoot ??= createRoot(container);
  const root = el._reactRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});

const container = document.getElementById('root');
if (!container) throw new Error('页面缺少 #root 元素');

createRoot(container).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif' } }}
      // Exact labels (“创建”, not antd's spaced “创 建”): what clerks read in manuals and tests find by name.
      button={{ autoInsertSpace: false }}
    >
      <App />
    </ConfigProvider>
  </StrictMode>,
);
