import sodium from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodium;

// libsodium's WebAssembly module loads asynchronously once per process.
export async function loadSodium(): Promise<Sodium> {
  await sodium.ready;
  return sodium;
}
