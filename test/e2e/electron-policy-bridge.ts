import type { Session, WebContents } from 'electron';
import type { Frame, Page, Request, Route } from 'playwright-core';
import { applySessionPolicy, lockDownContents } from '../../src-main/shell/security-policy.ts';
import { fakeEvent, FakeSession, FakeWebContents } from '../support/fake-electron.ts';

export type Guard = 'will-navigate' | 'will-redirect' | 'window-open' | 'web-request';

export interface Stopped {
  url: string;
  by: Guard;
}

const HTTP_REDIRECT_MIN = 300;
const HTTP_REDIRECT_MAX = 399;

// Plays Electron's part for a page in real Chromium: every request and navigation the page makes is put to the
// shell's own handlers (security-policy.ts, registered on the recording stand-in) at the moment Electron would ask
// them, and refused when they refuse. Returns the list of what was stopped and by which handler.
function frameOf(request: Request): Frame | undefined {
  try {
    return request.frame();
  } catch {
    return undefined;
  }
}

export async function enforceShellPolicy(page: Page, rendererRoot: URL): Promise<Stopped[]> {
  const session = new FakeSession('liuhen-main');
  const contents = new FakeWebContents();
  applySessionPolicy(session as unknown as Session, rendererRoot, undefined);
  lockDownContents(contents as unknown as WebContents, rendererRoot, undefined);
  const stopped: Stopped[] = [];
  // An aborted navigation commits no error page, as in Electron where a prevented navigation leaves the page be.
  const stop = async (route: Route, url: string, by: Guard) => {
    stopped.push({ url, by });
    await route.abort('aborted');
  };

  // Electron asks the window-open handler before a window exists; Chromium has made it already, so a refused one
  // is closed before it loads anything (its first request is refused below).
  const refusedPopup = (popup: Page) => contents.windowOpenHandler?.({ url: popup.url() }).action === 'deny';
  page.context().on('page', (popup) => {
    if (popup !== page && refusedPopup(popup)) void popup.close();
  });

  await page.context().route('**/*', async (route, request) => {
    const url = request.url();
    const frame = frameOf(request);
    // A new window's first navigation is issued before Chromium gives it a frame.
    const fromPopup = frame === undefined || frame.page() !== page;
    if (fromPopup && request.isNavigationRequest()) {
      if (contents.windowOpenHandler?.({ url }).action === 'deny') return stop(route, url, 'window-open');
    }
    if (!fromPopup && request.isNavigationRequest() && frame === page.mainFrame()) {
      const navigation = fakeEvent();
      contents.emit('will-navigate', navigation, url);
      if (navigation.defaultPrevented) return stop(route, url, 'will-navigate');
    }
    if (session.cancels(url)) return stop(route, url, 'web-request');
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers()['location'];
    if (response.status() >= HTTP_REDIRECT_MIN && response.status() <= HTTP_REDIRECT_MAX && location !== undefined) {
      const target = new URL(location, url).href;
      const redirect = fakeEvent();
      contents.emit('will-redirect', redirect, target);
      if (redirect.defaultPrevented) return stop(route, target, 'will-redirect');
    }
    return route.fulfill({ response });
  });
  return stopped;
}
