export interface AboutInfo {
  name: string;
  version: string;
  dataDir: string;
}

export function createAboutService(info: AboutInfo) {
  return { about: (): AboutInfo => ({ ...info }) };
}

export type AboutService = ReturnType<typeof createAboutService>;
