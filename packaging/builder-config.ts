import type { Configuration } from 'electron-builder';
import { afterPack } from './after-pack.ts';
import { writeChecksums } from './checksums.ts';
import { PACKAGE_ARCHS, SQLITE_PREBUILD_DIR } from './targets.ts';

const ARCHS = [...PACKAGE_ARCHS];
const SERIF_FONT_DIR = 'node_modules/@expo-google-fonts/noto-serif-sc';
const SANS_FONT_DIR = 'node_modules/node-source-han-sans-sc';
const UNUSED_SERIF_WEIGHTS = ['200ExtraLight', '300Light', '500Medium', '600SemiBold', '700Bold', '800ExtraBold'];
const UNUSED_SANS_WEIGHTS = ['Bold', 'ExtraLight', 'Heavy', 'Light', 'Medium', 'Normal'];

// electron-builder's configuration (`npm run dist`, README "安装与打包"). Production dependencies only: electron-builder
// copies `dependencies` and never `devDependencies` (React, antd and the rest are already bundled into out/).
export const builderConfig: Configuration = {
  appId: 'cn.gov.liuhen',
  productName: 'Liuhen',
  copyright: '留痕',
  // The program's file name on both systems (liuhen.exe, /opt/Liuhen/liuhen), which after-pack.ts fuses.
  executableName: 'liuhen',
  directories: { output: 'dist', buildResources: 'packaging/resources' },
  // Ordered, a later pattern overriding an earlier one. For node_modules electron-builder reads the exclusions only,
  // so what is not shipped of a dependency is named file by file.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    // The SQLite sources are for compiling, which packaging never does.
    '!node_modules/better-sqlite3/{deps,src}/**',
    '!node_modules/better-sqlite3/binding.gyp',
    `!${SQLITE_PREBUILD_DIR}/{darwin,linuxmusl}-*.node`,
    // Of the two font packages (≈310 MB) only the three whole fonts the app prints with (resources/bundled-files.ts)
    // and their licences are shipped.
    `!${SERIF_FONT_DIR}/{${UNUSED_SERIF_WEIGHTS.join(',')}}/**`,
    `!${SERIF_FONT_DIR}/font-family.png`,
    `!${SANS_FONT_DIR}/*.{css,woff2}`,
    `!${SANS_FONT_DIR}/SourceHanSansSC-{${UNUSED_SANS_WEIGHTS.join(',')}}.otf`,
  ],
  asar: true,
  // A native module cannot be loaded from inside app.asar.
  asarUnpack: [`${SQLITE_PREBUILD_DIR}/*.node`],
  // better-sqlite3's prebuilds are Node-API: nothing is rebuilt, nothing compiled, nothing downloaded for it.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  afterPack,
  afterAllArtifactBuild: writeChecksums,
  publish: null,
  win: {
    target: [
      { target: 'nsis', arch: ARCHS },
      { target: 'portable', arch: ARCHS },
    ],
  },
  nsis: {
    artifactName: 'liuhen-${version}-setup-${arch}.${ext}',
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: '留痕',
    uninstallDisplayName: '留痕',
    // The vault is the person's records: uninstalling never deletes it.
    deleteAppDataOnUninstall: false,
    installerLanguages: ['zh_CN'],
    language: '2052',
    unicode: true,
  },
  portable: {
    artifactName: 'liuhen-${version}-portable-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ARCHS },
      { target: 'deb', arch: ARCHS },
    ],
    category: 'Office',
    synopsis: '领导干部插手干预重大事项记录',
    description: '留痕：离线记录领导干部插手干预重大事项，加密保存，打印密封用的记录表。',
    maintainer: 'Liuhen <liuhen@localhost>',
    desktop: { entry: { Name: '留痕', Comment: '领导干部插手干预重大事项记录' } },
  },
  appImage: {
    artifactName: 'liuhen-${version}-${arch}.${ext}',
  },
  deb: {
    artifactName: 'liuhen_${version}_${arch}.${ext}',
    packageName: 'liuhen',
  },
};
