// A recording stand-in for the 'electron' module, so the shell's real code runs without the Electron binary
// (which cannot be downloaded here). It does nothing by itself: it keeps every option, handler and listener the
// shell hands to Electron, so a test can read them back and call them as Electron would.
// Use: vi.mock('electron', async () => (await import('../support/fake-electron.ts')).electronModule);

type Listener = (...args: never[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(fields: T = {} as T): T & FakeEvent {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  // Calls every listener registered for the event, as Electron would.
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }

  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

export type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class FakeSession extends Emitter {
  readonly partition: string;
  readonly options: unknown;
  beforeRequest: BeforeRequestListener[] = [];
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | undefined;
  devicePermissionHandler: ((details: unknown) => boolean) | undefined;
  spellCheckerEnabled = true;
  spellCheckerLanguages: string[] = ['en-US'];
  clearStorageDataCalls = 0;
  clearCacheCalls = 0;

  constructor(partition: string, options?: unknown) {
    super();
    this.partition = partition;
    this.options = options;
  }

  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest.push(listener);
    },
  };

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = languages;
  }

  clearStorageData(): Promise<void> {
    this.clearStorageDataCalls += 1;
    return Promise.resolve();
  }

  clearCache(): Promise<void> {
    this.clearCacheCalls += 1;
    return Promise.resolve();
  }

  // What the session answers for a request, through every listener the shell registered.
  cancels(url: string): boolean {
    if (this.beforeRequest.length === 0) return false;
    let cancelled = false;
    for (const listener of this.beforeRequest) listener({ url }, (response) => void (cancelled ||= response.cancel));
    return cancelled;
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static created: FakeBrowserWindow[] = [];
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.created];
  }

  readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  loadedFile: string | undefined;
  loadedUrl: string | undefined;
  contentProtection: boolean[] = [];
  destroyed = false;

  constructor(options: FakeBrowserWindow['options']) {
    super();
    this.options = options;
    FakeBrowserWindow.created.push(this);
    fake.app.emit('browser-window-created', fakeEvent(), this);
  }

  loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    return Promise.resolve();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }

  setContentProtection(enabled: boolean): void {
    this.contentProtection.push(enabled);
  }

  show(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

class FakeApp extends Emitter {
  paths = new Map<string, string>();
  switches: string[] = [];
  singleInstanceLock = true;
  quitCalls = 0;
  sandboxEnabled = false;
  // Calls in order, to prove what had to happen before what (folders before the single-instance lock).
  calls: string[] = [];
  private ready: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.ready = resolve));

  readonly commandLine = {
    appendSwitch: (name: string) => {
      this.switches.push(name);
    },
  };

  getPath(name: string): string {
    this.calls.push(`getPath:${name}`);
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`fake electron: no path ${name}`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.calls.push(`setPath:${name}`);
    this.paths.set(name, path);
  }

  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.singleInstanceLock;
  }

  enableSandbox(): void {
    this.sandboxEnabled = true;
  }

  quit(): void {
    this.quitCalls += 1;
    this.calls.push('quit');
  }

  getVersion(): string {
    return '0.1.0-fake';
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  // The test's "Electron is ready now"; resolves once the shell's ready work has run.
  async becomeReady(): Promise<void> {
    this.ready();
    await this.readyPromise;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export interface FakeElectronState {
  app: FakeApp;
  defaultSession: FakeSession;
  partitions: Map<string, FakeSession>;
  ipcHandlers: Map<string, (event: IpcEventLike, input: unknown) => unknown>;
  applicationMenu: unknown[];
  crashReporterStarts: unknown[];
  errorBoxes: { title: string; content: string }[];
  exposedInMainWorld: Map<string, unknown>;
  ipcRendererInvocations: { channel: string; input: unknown }[];
}

export const fake: FakeElectronState = freshState();

function freshState(): FakeElectronState {
  return {
    app: new FakeApp(),
    defaultSession: new FakeSession(''),
    partitions: new Map(),
    ipcHandlers: new Map(),
    applicationMenu: [],
    crashReporterStarts: [],
    errorBoxes: [],
    exposedInMainWorld: new Map(),
    ipcRendererInvocations: [],
  };
}

// A new Electron for each test; appData is the system folder the app puts its own folders in.
export function resetFakeElectron(appData: string): void {
  Object.assign(fake, freshState());
  fake.app.paths.set('appData', appData);
  FakeBrowserWindow.created = [];
}

export const electronModule = {
  // For a test that re-imports modules (vi.resetModules): the state this very instance records into.
  get recorded(): FakeElectronState {
    return fake;
  },
  get app() {
    return fake.app;
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: {
    setApplicationMenu: (menu: unknown) => void fake.applicationMenu.push(menu),
  },
  session: {
    get defaultSession() {
      return fake.defaultSession;
    },
    fromPartition: (partition: string, options?: unknown) => {
      const existing = fake.partitions.get(partition);
      if (existing) return existing;
      const created = new FakeSession(partition, options);
      fake.partitions.set(partition, created);
      return created;
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: IpcEventLike, input: unknown) => unknown) => {
      if (fake.ipcHandlers.has(channel)) throw new Error(`fake electron: ${channel} registered twice`);
      fake.ipcHandlers.set(channel, handler);
    },
  },
  crashReporter: {
    start: (options: unknown) => void fake.crashReporterStarts.push(options),
  },
  dialog: {
    showErrorBox: (title: string, content: string) => void fake.errorBoxes.push({ title, content }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => void fake.exposedInMainWorld.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      fake.ipcRendererInvocations.push({ channel, input });
      return Promise.resolve({ ok: true, value: 'from main' });
    },
  },
};
