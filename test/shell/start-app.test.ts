import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src-main/contract/channels.ts';
import { roleArgument } from '../../src-main/contract/role-argument.ts';
import { VAULT_FILE_NAME } from '../../src-main/core/vault/vault-file.ts';
import { appFolders } from '../../src-main/shell/app-folders.ts';
import { MAIN_PARTITION } from '../../src-main/shell/chromium-storage.ts';
import { startApp } from '../../src-main/shell/start-app.ts';
import { fake, fakeEvent, FakeBrowserWindow, FakeWebContents, resetFakeElectron, type FakeSession } from '../support/fake-electron.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';

vi.mock('electron', async () => (await import('../support/fake-electron.ts')).electronModule);

// start-app.ts sits in src-main/shell; in the build it is out/main, so out/ is one folder up.
// Creating a vault derives its key at the production Argon2id cost (about a second on these machines).
const VAULT_TEST_TIMEOUT_MS = 30_000;
const OUT_DIR = join(import.meta.dirname, '..', '..', 'src-main');
const RENDERER_ROOT = pathToFileURL(join(OUT_DIR, 'renderer') + '/').href;

describe('the shell, started on a recording stand-in for Electron', () => {
  let temp: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    temp = makeTempDir('liuhen-shell-');
    resetFakeElectron(temp.path);
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  });
  afterEach(() => {
    fake.app.emit('before-quit', fakeEvent());
    vi.unstubAllEnvs();
    temp.remove();
  });

  const started = async () => {
    startApp();
    await fake.app.becomeReady();
    // The window opens once the vault's header has been read for its role.
    const window = await vi.waitFor(() => {
      const created = FakeBrowserWindow.created[0];
      if (!created) throw new Error('no window was created');
      return created;
    });
    const pageSession = fake.partitions.get(MAIN_PARTITION);
    if (!pageSession) throw new Error('the main window has no session of its own');
    return { window, contents: window.webContents, pageSession };
  };

  const ipc = (channel: string, input: unknown, senderFrame: { url: string; parent: unknown } | null) => {
    const handler = fake.ipcHandlers.get(channel);
    if (!handler) throw new Error(`${channel} is not registered`);
    return Promise.resolve(handler({ senderFrame }, input));
  };
  const topFrame = { url: `${RENDERER_ROOT}index.html`, parent: null };

  describe('what Chromium leaves on disk', () => {
    it('gives the vault a folder of its own, outside Chromium’s userData and session folders', async () => {
      await started();
      const folders = appFolders(temp.path);
      expect(fake.app.paths.get('userData')).toBe(folders.chromium);
      expect(fake.app.paths.get('sessionData')).toBe(folders.session);
      expect(fake.app.paths.get('crashDumps')).toBe(folders.crashDumps);
      for (const chromiumPath of [folders.chromium, folders.session, folders.crashDumps]) {
        expect(relative(chromiumPath, folders.vault).startsWith('..')).toBe(true);
        expect(relative(folders.vault, chromiumPath).startsWith('..')).toBe(true);
      }
      const about = await ipc('app.about', {}, topFrame);
      expect(about).toMatchObject({ ok: true, value: { dataDir: folders.vault } });
    });

    it('places Chromium’s folders before taking the single-instance lock, which lives in userData', async () => {
      await started();
      const lockAt = fake.app.calls.indexOf('requestSingleInstanceLock');
      for (const name of ['userData', 'sessionData', 'crashDumps']) {
        expect(fake.app.calls.indexOf(`setPath:${name}`)).toBeGreaterThanOrEqual(0);
        expect(fake.app.calls.indexOf(`setPath:${name}`)).toBeLessThan(lockAt);
      }
    });

    it('moves a vault an earlier version kept in Chromium’s folder into the vault folder on first start', async () => {
      const folders = appFolders(temp.path);
      mkdirSync(folders.chromium, { recursive: true });
      writeFileSync(join(folders.chromium, VAULT_FILE_NAME), 'old vault bytes');
      writeFileSync(join(folders.chromium, `${VAULT_FILE_NAME}.counter`), 'old counter');
      await started();
      expect(readFileSync(join(folders.vault, VAULT_FILE_NAME), 'utf8')).toBe('old vault bytes');
      expect(readFileSync(join(folders.vault, `${VAULT_FILE_NAME}.counter`), 'utf8')).toBe('old counter');
      expect(existsSync(join(folders.chromium, VAULT_FILE_NAME))).toBe(false);
      expect(existsSync(join(folders.chromium, `${VAULT_FILE_NAME}.counter`))).toBe(false);
    });

    it('stops with a Chinese explanation when the vault cannot be moved, and leaves it where it was', async () => {
      const folders = appFolders(temp.path);
      mkdirSync(folders.chromium, { recursive: true });
      writeFileSync(join(folders.chromium, VAULT_FILE_NAME), 'old vault bytes');
      // A file where the vault folder should be: the move cannot even create its folder.
      writeFileSync(folders.vault, 'not a folder');
      startApp();
      await fake.app.becomeReady();
      expect(fake.errorBoxes).toHaveLength(1);
      expect(fake.errorBoxes[0]?.title).toBe('留痕无法启动');
      expect(fake.errorBoxes[0]?.content).toContain(`数据库仍在原来的文件夹 ${folders.chromium}，没有丢失`);
      expect(fake.app.quitCalls).toBe(1);
      // No window: an empty vault folder would look like a lost vault and invite setting up a new one.
      expect(FakeBrowserWindow.created).toEqual([]);
      expect(fake.ipcHandlers.size).toBe(0);
      expect(readFileSync(join(folders.chromium, VAULT_FILE_NAME), 'utf8')).toBe('old vault bytes');
    });

    it('never starts the crash reporter, and never asks for the crash dump folder (asking creates it)', async () => {
      await started();
      expect(fake.crashReporterStarts).toEqual([]);
      expect(fake.app.calls).not.toContain('getPath:crashDumps');
    });

    it('keeps the page’s session in memory with no cache, and GPU shaders off the disk', async () => {
      const { pageSession } = await started();
      expect(MAIN_PARTITION.startsWith('persist:')).toBe(false);
      expect(pageSession.options).toEqual({ cache: false });
      expect(fake.app.switches).toContain('disable-gpu-shader-disk-cache');
    });

    it('turns spellchecking off in every session, so no dictionary is ever downloaded', async () => {
      const { pageSession } = await started();
      for (const ses of [fake.defaultSession, pageSession]) {
        expect(ses.spellCheckerEnabled).toBe(false);
        expect(ses.spellCheckerLanguages).toEqual([]);
      }
    });

    it('clears the page’s storage each time the vault locks', async () => {
      const { pageSession } = await started();
      expect(await ipc('vault.create', { passphrase: TEST_PASSPHRASE }, topFrame)).toMatchObject({ ok: true });
      expect(await ipc('vault.status', {}, topFrame)).toMatchObject({ ok: true, value: { unlocked: true } });
      expect(pageSession.clearStorageDataCalls).toBe(0);

      expect(await ipc('vault.lock', {}, topFrame)).toMatchObject({ ok: true, value: { unlocked: false } });
      expect(pageSession.clearStorageDataCalls).toBe(1);
      expect(pageSession.clearCacheCalls).toBe(1);
      // A request that changes nothing clears nothing more.
      await ipc('vault.status', {}, topFrame);
      expect(pageSession.clearStorageDataCalls).toBe(1);
    }, VAULT_TEST_TIMEOUT_MS);

    it('locks the vault and clears the page’s storage before quitting', async () => {
      const { pageSession } = await started();
      await ipc('vault.create', { passphrase: TEST_PASSPHRASE }, topFrame);
      const firstQuit = fakeEvent();
      fake.app.emit('before-quit', firstQuit);
      expect(firstQuit.defaultPrevented).toBe(true);
      expect(await ipc('vault.status', {}, topFrame)).toMatchObject({ ok: true, value: { unlocked: false } });
      await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1));
      expect(pageSession.clearStorageDataCalls).toBeGreaterThanOrEqual(1);
      // The quit it resumes is let through.
      const secondQuit = fakeEvent();
      fake.app.emit('before-quit', secondQuit);
      expect(secondQuit.defaultPrevented).toBe(false);
    }, VAULT_TEST_TIMEOUT_MS);
  });

  describe('content protection while records can be shown', () => {
    it('protects every window while the vault is unlocked, by default, and no longer once it locks', async () => {
      const { window } = await started();
      expect(window.contentProtection).toEqual([]);
      await ipc('vault.create', { passphrase: TEST_PASSPHRASE }, topFrame);
      expect(window.contentProtection).toEqual([true]);
      // The print preview, opened while the record is shown, is protected from its first frame.
      const preview = new FakeBrowserWindow({ title: '打印预览' });
      expect(preview.contentProtection).toEqual([true]);
      await ipc('vault.lock', {}, topFrame);
      expect(window.contentProtection).toEqual([true, false]);
      expect(preview.contentProtection).toEqual([true, false]);
    }, VAULT_TEST_TIMEOUT_MS);

    it('follows the setting when it is turned off and on again', async () => {
      const { window } = await started();
      await ipc('vault.create', { passphrase: TEST_PASSPHRASE }, topFrame);
      expect(await ipc('settings.save', { autoLockMinutes: 5, contentProtection: false }, topFrame)).toMatchObject({ ok: true });
      expect(window.contentProtection).toEqual([true, false]);
      const unprotectedPreview = new FakeBrowserWindow({ title: '打印预览' });
      expect(unprotectedPreview.contentProtection).toEqual([]);
      await ipc('settings.save', { autoLockMinutes: 5, contentProtection: true }, topFrame);
      expect(window.contentProtection).toEqual([true, false, true]);
    }, VAULT_TEST_TIMEOUT_MS);
  });

  describe('one instance at a time', () => {
    it('quits at once when another instance holds the lock, touching nothing', async () => {
      const folders = appFolders(temp.path);
      mkdirSync(folders.chromium, { recursive: true });
      writeFileSync(join(folders.chromium, VAULT_FILE_NAME), 'old vault bytes');
      fake.app.singleInstanceLock = false;
      startApp();
      await fake.app.becomeReady();
      expect(fake.app.quitCalls).toBe(1);
      expect(FakeBrowserWindow.created).toEqual([]);
      expect(fake.ipcHandlers.size).toBe(0);
      expect(existsSync(join(folders.chromium, VAULT_FILE_NAME))).toBe(true);
      expect(existsSync(folders.vault)).toBe(false);
    });

    it('brings the open window forward when a second instance starts', async () => {
      const { window } = await started();
      const focus = vi.spyOn(window, 'focus');
      fake.app.emit('second-instance');
      expect(focus).toHaveBeenCalledOnce();
    });
  });

  describe('the main window', () => {
    it('is created with every web preference locked down', async () => {
      const { window, pageSession } = await started();
      expect(window.options.webPreferences).toEqual({
        preload: join(OUT_DIR, 'preload', 'index.cjs'),
        session: pageSession,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webviewTag: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
        // No vault yet, so no role: the preload allows the common channels only.
        additionalArguments: [],
      });
      expect(fake.app.sandboxEnabled).toBe(true);
      expect(fake.applicationMenu).toEqual([null]);
      expect(window.loadedFile).toBe(join(OUT_DIR, 'renderer', 'index.html'));
      expect(window.loadedUrl).toBeUndefined();
    });

    it('moves the page to a window with the role setup chose, once its recovery key is confirmed', { timeout: VAULT_TEST_TIMEOUT_MS }, async () => {
      const { window } = await started();
      const created = await ipc('vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' }, topFrame);
      const { recoveryKey } = (created as { value: { recoveryKey: string } }).value;
      // The page still shows the recovery key, which exists nowhere else: it keeps its window.
      expect(FakeBrowserWindow.created).toEqual([window]);
      await ipc('setup.confirmRecoveryKey', { recoveryKey }, topFrame);
      const [, next] = FakeBrowserWindow.created;
      expect(next?.options.webPreferences?.['additionalArguments']).toEqual([roleArgument('disciplineBody')]);
      expect(window.destroyed).toBe(true);
      expect(next?.destroyed).toBe(false);
      expect(await ipc('body.status', {}, topFrame)).toEqual({ ok: true, value: null });
    });

    it('allows devtools and the dev server only while developing', async () => {
      vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
      const { window, pageSession } = await started();
      expect(window.options.webPreferences?.['devTools']).toBe(true);
      expect(window.loadedUrl).toBe('http://localhost:5173/');
      expect(pageSession.cancels('http://localhost:5173/src/main.tsx')).toBe(false);
      expect(pageSession.cancels('https://example.com/')).toBe(true);
    });
  });

  describe('the security policy of both sessions', () => {
    const sessions = async (): Promise<FakeSession[]> => {
      const { pageSession } = await started();
      return [fake.defaultSession, pageSession];
    };

    it('lets through the app’s own files and refuses every other request', async () => {
      for (const ses of await sessions()) {
        expect(ses.cancels(`${RENDERER_ROOT}index.html`)).toBe(false);
        expect(ses.cancels(`${RENDERER_ROOT}assets/index.js`)).toBe(false);
        for (const url of [
          'https://example.com/',
          'http://127.0.0.1:8080/',
          'ws://127.0.0.1/',
          pathToFileURL(join(OUT_DIR, 'main', 'index.js')).href,
          `${RENDERER_ROOT}../main/index.js`,
          `${RENDERER_ROOT}%2e%2e/main/index.js`,
          'file:///etc/passwd',
          'devtools://devtools/bundled/inspector.html',
        ]) {
          expect(ses.cancels(url), url).toBe(true);
        }
      }
    });

    it('denies every permission request and check, and every device', async () => {
      for (const ses of await sessions()) {
        for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
          const answers: boolean[] = [];
          ses.permissionRequestHandler?.(undefined, permission, (granted) => answers.push(granted));
          expect(answers, permission).toEqual([false]);
          expect(ses.permissionCheckHandler?.(undefined, permission), permission).toBe(false);
        }
        for (const deviceType of ['hid', 'serial', 'usb', 'bluetooth']) {
          expect(ses.devicePermissionHandler?.({ deviceType, origin: 'file://' })).toBe(false);
        }
      }
    });

    it('refuses every download', async () => {
      for (const ses of await sessions()) {
        const event = fakeEvent();
        ses.emit('will-download', event, { getURL: () => `${RENDERER_ROOT}index.html` });
        expect(event.defaultPrevented).toBe(true);
      }
    });
  });

  describe('the page’s web contents', () => {
    it('opens no window, whatever the address', async () => {
      const { contents } = await started();
      for (const url of ['https://example.com/', `${RENDERER_ROOT}index.html`, 'about:blank']) {
        expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      }
    });

    it('navigates only within the app’s own files', async () => {
      const { contents } = await started();
      const outside = fakeEvent();
      contents.emit('will-navigate', outside, 'https://example.com/');
      expect(outside.defaultPrevented).toBe(true);
      const climbing = fakeEvent();
      contents.emit('will-navigate', climbing, `${RENDERER_ROOT}../main/index.js`);
      expect(climbing.defaultPrevented).toBe(true);
      const inside = fakeEvent();
      contents.emit('will-navigate', inside, `${RENDERER_ROOT}index.html`);
      expect(inside.defaultPrevented).toBe(false);
    });

    it('navigates no frame inside the page, and follows no redirect', async () => {
      const { contents } = await started();
      const frame = fakeEvent({ url: `${RENDERER_ROOT}index.html`, isMainFrame: false });
      contents.emit('will-frame-navigate', frame);
      expect(frame.defaultPrevented).toBe(true);
      const mainOutside = fakeEvent({ url: 'https://example.com/', isMainFrame: true });
      contents.emit('will-frame-navigate', mainOutside);
      expect(mainOutside.defaultPrevented).toBe(true);
      const redirect = fakeEvent();
      contents.emit('will-redirect', redirect, `${RENDERER_ROOT}index.html`);
      expect(redirect.defaultPrevented).toBe(true);
    });

    it('attaches no webview and picks no Bluetooth device', async () => {
      const { contents } = await started();
      const webview = fakeEvent();
      contents.emit('will-attach-webview', webview, {}, {});
      expect(webview.defaultPrevented).toBe(true);
      const bluetooth = fakeEvent();
      const picked: string[] = [];
      contents.emit('select-bluetooth-device', bluetooth, [{ deviceId: 'aa:bb', deviceName: 'keyboard' }], (id: string) => picked.push(id));
      expect(bluetooth.defaultPrevented).toBe(true);
      expect(picked).toEqual(['']);
    });

    it('locks down any later web contents too (the print preview)', async () => {
      await started();
      const later = new FakeWebContents();
      fake.app.emit('web-contents-created', fakeEvent(), later);
      expect(later.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      const webview = fakeEvent();
      later.emit('will-attach-webview', webview);
      expect(webview.defaultPrevented).toBe(true);
    });
  });

  describe('the IPC sender check', () => {
    it('registers every channel of the contract, once', async () => {
      await started();
      expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    });

    it('answers the app’s own page in the top frame', async () => {
      await started();
      expect(await ipc('vault.status', {}, topFrame)).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });
    });

    it.each([
      ['a page from elsewhere', { url: 'https://example.com/', parent: null }],
      ['a file outside the app', { url: pathToFileURL(join(OUT_DIR, 'main', 'index.js')).href, parent: null }],
      ['a frame inside the app’s page', { url: `${RENDERER_ROOT}index.html`, parent: topFrame }],
      ['a frame already gone', null],
    ])('refuses %s without reaching dispatch', async (_label, senderFrame) => {
      await started();
      expect(await ipc('vault.create', { passphrase: TEST_PASSPHRASE }, senderFrame)).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: '请求来源不受信任，已拒绝。' },
      });
      expect(existsSync(join(appFolders(temp.path).vault, VAULT_FILE_NAME))).toBe(false);
    });
  });
});
