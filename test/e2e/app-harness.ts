import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Services } from '../../src-main/core/services.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { startIdleLockTimer } from '../../src-main/shell/idle-lock-timer.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import {
  dispatchWithOutputCheck,
  makeServices,
  recordingPrinter,
  scriptedDialogs,
  type RecordingPrinter,
  type ScriptedDialogs,
} from '../support/test-services.ts';
import { fakeClock, type FakeClock } from '../support/test-vault.ts';
import { launchChromium } from './chromium.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

export interface RunningApp {
  page: Page;
  origin: string;
  dataDir: string;
  clock: FakeClock;
  dialogs: ScriptedDialogs;
  printer: RecordingPrinter;
  // The same dispatch the page talks to, for preparing data a test is not about.
  dispatch: Dispatch;
  // The services behind that dispatch, for preparing data in bulk (thousands of stored cases).
  services: Services;
  // Every URL the page asked for, so tests can prove nothing left the loopback origin.
  requestedUrls: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}

const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 820 };

// The whole app minus the Electron binary: the production renderer in real Chromium, wired to the real
// dispatch over real services, exactly where the preload would put it (window.liuhen.invoke). `viewport` is the
// window's inner size in CSS pixels.
export async function launchApp({
  viewport = DEFAULT_VIEWPORT,
  redirects = {},
}: { viewport?: Viewport; redirects?: Readonly<Record<string, string>> } = {}): Promise<RunningApp> {
  const data = makeTempDir('liuhen-e2e-');
  const server: StaticServer = await serveDirectory(RENDERER_DIR, redirects);
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport });
  const clock = fakeClock();
  const dialogs = scriptedDialogs();
  const printer = recordingPrinter();
  const services = makeServices(data.path, clock, dialogs, printer);
  // As in the app: the vault's header decides the role, so one harness serves every kind of installation.
  const dispatch: Dispatch = dispatchWithOutputCheck(services, 'installed');
  // Main's own idle checks run as in the app, on the browser's real time and the test's fake clock.
  const stopIdleLockTimer = startIdleLockTimer(services.vault);
  await context.exposeBinding('__liuhenDispatch', (_source, channel: unknown, input: unknown) =>
    dispatch(channel, input),
  );
  await context.addInitScript(() => {
    const bridge = (window as unknown as { __liuhenDispatch: (c: unknown, i: unknown) => Promise<unknown> })
      .__liuhenDispatch;
    Object.defineProperty(window, 'liuhen', {
      value: Object.freeze({ invoke: (channel: unknown, input: unknown) => bridge(channel, input) }),
    });
  });
  const page = await context.newPage();
  const requestedUrls: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requestedUrls.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    origin: server.origin,
    dataDir: data.path,
    clock,
    dialogs,
    printer,
    dispatch,
    services,
    requestedUrls,
    consoleErrors,
    close: async () => {
      stopIdleLockTimer();
      await browser.close();
      await server.close();
      data.remove();
    },
  };
}
