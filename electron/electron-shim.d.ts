/**
 * The slice of Electron's API that main.ts and preload.ts use, declared here because the
 * `electron` package (optional dependency) is not installed where its binary cannot be
 * downloaded, and `npm test` must typecheck anyway. Signatures follow Electron 37's own
 * electron.d.ts; where Electron IS installed its declarations merge with these (they are
 * compatible). Add a member here when main.ts or preload.ts starts using it.
 */
declare namespace NodeJS {
  interface Process {
    /** Electron: folder holding app.asar and extraResources. */
    resourcesPath: string;
  }
}

declare module 'electron' {
  type Listener = (...args: never[]) => void;

  interface PreventableEvent {
    preventDefault(): void;
    url?: string;
  }

  interface WebContents {
    session: Session;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): this;
    on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): this;
  }

  interface Session {
    setPermissionRequestHandler(handler: ((wc: WebContents, permission: string, callback: (granted: boolean) => void) => void) | null): void;
    setPermissionCheckHandler(handler: ((wc: WebContents | null, permission: string) => boolean) | null): void;
    webRequest: {
      onHeadersReceived(
        listener: (
          details: { url: string; responseHeaders?: Record<string, string[]> },
          callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void,
        ) => void,
      ): void;
    };
  }

  interface WebFrameMain {
    url: string;
  }

  interface IpcMainInvokeEvent {
    sender: WebContents;
    senderFrame: WebFrameMain | null;
  }

  interface MenuItemConstructorOptions {
    label?: string;
    role?: string;
    type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
    accelerator?: string;
    click?: () => void;
    submenu?: MenuItemConstructorOptions[];
  }

  interface MessageBoxOptions {
    type?: 'none' | 'info' | 'error' | 'question' | 'warning';
    title?: string;
    message: string;
    detail?: string;
    buttons?: string[];
  }

  interface BrowserWindowConstructorOptions {
    width?: number;
    height?: number;
    minWidth?: number;
    minHeight?: number;
    show?: boolean;
    title?: string;
    icon?: string;
    backgroundColor?: string;
    autoHideMenuBar?: boolean;
    webPreferences?: WebPreferences;
  }

  interface WebPreferences {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webviewTag?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    experimentalFeatures?: boolean;
    navigateOnDragDrop?: boolean;
    spellcheck?: boolean;
  }

  class BrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    readonly webContents: WebContents;
    show(): void;
    focus(): void;
    restore(): void;
    isMinimized(): boolean;
    loadURL(url: string): Promise<void>;
    on(event: 'closed', listener: () => void): this;
    once(event: 'ready-to-show', listener: () => void): this;
  }

  class Menu {
    static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
    static setApplicationMenu(menu: Menu | null): void;
  }

  const app: {
    readonly isPackaged: boolean;
    requestSingleInstanceLock(): boolean;
    whenReady(): Promise<void>;
    quit(): void;
    exit(code?: number): void;
    on(event: 'second-instance' | 'window-all-closed' | 'will-quit', listener: () => void): void;
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): void;
  };

  const dialog: {
    showErrorBox(title: string, content: string): void;
    showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
    showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<{ response: number }>;
  };

  const ipcMain: {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  };

  const protocol: {
    registerSchemesAsPrivileged(
      schemes: Array<{ scheme: string; privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean } }>,
    ): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  };

  const contextBridge: {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  };

  const ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  };

  export type { Listener, WebContents, Session, IpcMainInvokeEvent, MenuItemConstructorOptions };
  export { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, protocol };
}
