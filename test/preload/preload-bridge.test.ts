import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { roleArgument } from '../../src-main/contract/role-argument.ts';
import type { FakeElectronState } from '../support/fake-electron.ts';

vi.mock('electron', async () => (await import('../support/fake-electron.ts')).electronModule);

type Invoke = (channel: unknown, input: unknown) => Promise<unknown>;

// The preload file itself, run on the recording stand-in: what it hands the page, and what reaches main.
describe('the preload', () => {
  const argv = process.argv;

  let fake: FakeElectronState;

  beforeEach(async () => {
    // Each test runs the preload file afresh, as each page load does.
    vi.resetModules();
    fake = ((await import('electron')) as unknown as { recorded: FakeElectronState }).recorded;
    fake.exposedInMainWorld.clear();
    fake.ipcRendererInvocations.length = 0;
  });
  afterEach(() => {
    process.argv = argv;
  });

  const loadPreload = async (role: Parameters<typeof roleArgument>[0]): Promise<Invoke> => {
    process.argv = ['/opt/liuhen/liuhen', '--type=renderer', roleArgument(role)];
    await import('../../src-main/preload/index.ts');
    expect([...fake.exposedInMainWorld.keys()]).toEqual(['liuhen']);
    const api = fake.exposedInMainWorld.get('liuhen') as { invoke: Invoke };
    expect(Object.keys(api)).toEqual(['invoke']);
    return api.invoke;
  };

  it('passes the role’s channels to main and nothing else', async () => {
    const invoke = await loadPreload('handler');
    expect(await invoke('record.list', {})).toEqual({ ok: true, value: 'from main' });
    expect(fake.ipcRendererInvocations).toEqual([{ channel: 'record.list', input: {} }]);
  });

  it.each([['an unknown channel', 'shell.openExternal'], ['a non-string channel', { toString: (): string => 'vault.unlock' }]])(
    'answers %s itself, without reaching main',
    async (_label, channel) => {
      const invoke = await loadPreload('handler');
      expect(await invoke(channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(fake.ipcRendererInvocations).toEqual([]);
    },
  );

  it('refuses a discipline body’s page the handler’s record channels', async () => {
    const invoke = await loadPreload('disciplineBody');
    expect(await invoke('record.list', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(fake.ipcRendererInvocations).toEqual([]);
  });
});
