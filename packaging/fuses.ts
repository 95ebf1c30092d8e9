import { FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';

// Electron's fuses, flipped in the packaged binary (after-pack.ts). Every fuse is named, so an Electron upgrade
// that adds one fails the build until it is decided here (strictlyRequireAllFuses).
export const FUSES: FuseConfig = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS and --inspect would let anyone with a shortcut inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app sets no cookie; any Chromium would keep is encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // app.asar is checked against the hash electron-builder embeds in the executable. Electron enforces it on Windows
  // and macOS only; the Linux packages rely on the package's checksum and root-owned files (docs/security.md).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose app folder dropped beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The page is loaded from file:// as Vite's module scripts; without the extra privileges Chromium refuses them
  // (the CSP and the session's request filter still confine it to the app's own files).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
};
