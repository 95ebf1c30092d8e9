import type { Channel, Input, Output, Result } from '../src-main/contract/index.ts';

// The renderer's typed door to the main process. The main side validates everything; a rejected promise
// (the bridge itself failing) is turned into the same Result shape so screens handle one kind of failure.
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  try {
    return (await window.liuhen.invoke(channel, input)) as Result<Output<C>>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法与应用主程序通信，请重新启动留痕。' } };
  }
}
