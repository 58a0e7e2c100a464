/**
 * The application menu as plain data (Menu.buildFromTemplate takes it in main.ts). Role items
 * get explicit Chinese labels, because Electron's default role labels follow the OS language.
 * Developer tools only in unpackaged runs.
 */
export type MenuRole =
  | 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'forceReload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut'
  | 'togglefullscreen' | 'minimize' | 'close';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export function appMenuTemplate(o: { isPackaged: boolean; onAbout: () => void }): MenuItemSpec[] {
  const sep: MenuItemSpec = { type: 'separator' };
  const view: MenuItemSpec[] = [
    { label: '重新加载', role: 'reload' },
    ...(o.isPackaged ? [] : [{ label: '强制重新加载', role: 'forceReload' } as const, { label: '开发者工具', role: 'toggleDevTools' } as const]),
    sep,
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    sep,
    { label: '全屏', role: 'togglefullscreen' },
  ];
  return [
    { label: '文件', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        sep,
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '窗口', submenu: [{ label: '最小化', role: 'minimize' }, { label: '关闭', role: 'close' }] },
    { label: '帮助', submenu: [{ label: '关于 专项整治报送统计', click: o.onAbout }] },
  ];
}

/** `--data-dir DIR` or `--data-dir=DIR` from Electron's argv (positions differ packaged vs dev). */
export function flagValue(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1] ?? null;
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return null;
}
