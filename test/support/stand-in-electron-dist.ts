import { FuseVersion } from '@electron/fuses';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's fuse wire as it ships: RunAsNode, NodeOptions, inspect, file:// privileges and Wasm trap handlers on.
export const ELECTRON_DEFAULT_WIRE = '101100011';
export const FUSE_ON = 49;
export const FUSE_OFF = 48;

// A file that carries Electron's fuse wire where @electron/fuses looks for it, and nothing else of Electron.
export function writeStandInElectronBinary(path: string): void {
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([Number(FuseVersion.V1), ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE)]);
  writeFileSync(path, Buffer.concat([Buffer.from('#!/bin/sh\n'), wire, Buffer.from('\n')]));
  chmodSync(path, 0o755);
}

// A stand-in for the Electron download (which this machine cannot reach): a directory shaped like an unpacked Linux
// Electron. electron-builder's `electronDist` takes it as it would a real pre-downloaded Electron.
export function writeStandInElectronDist(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeStandInElectronBinary(join(dir, 'electron'));
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'version'), '45.5.0');
}
