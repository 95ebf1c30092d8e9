import { createAboutService, type AboutService } from './about/about-service.ts';
import type { Clock, RandomBytes } from './clock.ts';

export interface ServicesOptions {
  dataDir: string;
  appVersion: string;
  clock: Clock;
  random: RandomBytes;
}

export interface Services {
  about: AboutService;
}

// The composition root: everything the core needs from the world comes in through these options.
export function createServices(options: ServicesOptions): Services {
  return {
    about: createAboutService({ name: '留痕', version: options.appVersion, dataDir: options.dataDir }),
  };
}
