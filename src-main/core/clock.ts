// The core never reads the wall clock or the OS random source itself: both are injected so tests and
// deterministic documents can fix them.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type RandomBytes = (length: number) => Uint8Array;
