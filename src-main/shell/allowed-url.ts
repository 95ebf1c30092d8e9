// Everything the window may load: the built renderer on disk, or the dev server while developing. Kept free of
// Electron so the rule itself is unit-tested.
export function isAllowedUrl(url: string, rendererRoot: URL, devServerUrl: string | undefined): boolean {
  let normalized: string;
  try {
    // Resolves '..' and percent-encoding the way the browser will, so no path can climb out of the bundle.
    normalized = new URL(url).href;
  } catch {
    return false;
  }
  if (devServerUrl && normalized.startsWith(new URL(devServerUrl).href)) return true;
  if (normalized.startsWith('devtools://')) return devServerUrl !== undefined;
  return normalized.startsWith(rendererRoot.href);
}
