import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app-harness.ts';
import { enforceShellPolicy, type Stopped } from './electron-policy-bridge.ts';

// "The internet": a loopback server that counts every request reaching it. It must count none.
async function startOutsideServer(): Promise<{ origin: string; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>outside</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

// Real Chromium, the production renderer, and the shell's own navigation and request handlers put in Electron's
// place: whatever the page tries, it stays the app's page and nothing reaches another address.
describe('the page cannot leave the app', () => {
  let outside: Awaited<ReturnType<typeof startOutsideServer>>;
  let app: RunningApp;
  let stopped: Stopped[];

  beforeAll(async () => {
    outside = await startOutsideServer();
    app = await launchApp({ redirects: { '/moved': `${outside.origin}/after-redirect` } });
    await app.page.getByRole('button', { name: '下一步' }).waitFor();
    stopped = await enforceShellPolicy(app.page, new URL(`${app.origin}/`));
    // A mark on this very document: any navigation, even back to the app, would lose it.
    await app.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => outside?.server.close(resolve));
  });
  beforeEach(() => {
    stopped.length = 0;
  });

  const stillTheApp = async () => {
    expect(app.page.url()).toBe(`${app.origin}/index.html`);
    expect(await app.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect.poll(() => app.page.context().pages().length).toBe(1);
    expect(await app.page.getByRole('button', { name: '下一步' }).count()).toBe(1);
    expect(outside.hits).toEqual([]);
  };

  it('follows no link to another address', async () => {
    const target = `${outside.origin}/linked`;
    await app.page.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, textContent: '外部链接' });
      document.body.append(link);
    }, target);
    await app.page.getByText('外部链接').click();
    await expect.poll(() => stopped).toEqual([{ url: target, by: 'will-navigate' }]);
    await stillTheApp();
  });

  it('follows no redirect out of the app’s own address', async () => {
    await app.page.evaluate(() => {
      window.location.href = '/moved';
    });
    await expect.poll(() => stopped).toEqual([{ url: `${outside.origin}/after-redirect`, by: 'will-redirect' }]);
    await stillTheApp();
  });

  it('posts no form anywhere: the CSP refuses it before any request is made', async () => {
    const action = `${outside.origin}/posted`;
    const violation = app.page.evaluate(
      () => new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true })),
    );
    await app.page.evaluate((url) => {
      const form = Object.assign(document.createElement('form'), { method: 'post', action: url });
      form.append(Object.assign(document.createElement('input'), { name: 'record', value: '记录内容' }));
      document.body.append(form);
      form.submit();
    }, action);
    expect(await violation).toBe('form-action');
    expect(app.requestedUrls.filter((url) => url.startsWith(action))).toEqual([]);
    expect(stopped).toEqual([]);
    await stillTheApp();
  });

  it('opens no window, and the one Chromium began is closed before it loads anything', async () => {
    const target = `${outside.origin}/popup`;
    await app.page.evaluate((url) => void window.open(url, '_blank'), target);
    await expect.poll(() => stopped).toContainEqual({ url: target, by: 'window-open' });
    await stillTheApp();
  });

  it('sends no request out from the page’s own scripts either', async () => {
    const target = `${outside.origin}/beacon.png`;
    await app.page.evaluate((src) => {
      document.body.append(Object.assign(document.createElement('img'), { src }));
    }, target);
    // The CSP allows images from the app only; the session's request filter is the layer under it.
    await app.page.waitForTimeout(200);
    await stillTheApp();
  });
});
