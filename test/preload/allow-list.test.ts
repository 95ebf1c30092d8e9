import { describe, expect, it } from 'vitest';
import { CHANNEL_MAPS, type Channel } from '../../src-main/contract/index.ts';
import { roleArgument, roleOfArguments } from '../../src-main/contract/role-argument.ts';
import { allowedChannels, guardedInvoke } from '../../src-main/preload/allow-list.ts';
import { INSTALLATION_ROLES } from '../../src-main/shared/installation-role.ts';

// The preload's logic without the Electron binary: main's command-line switch in, the page's door out.
describe('the preload allow-list', () => {
  it.each(INSTALLATION_ROLES)('reads back the role %s that main passes', (role) => {
    expect(roleOfArguments(['/usr/lib/electron', '--type=renderer', roleArgument(role)])).toBe(role);
  });

  it.each([
    ['no switch', ['--type=renderer']],
    ['an unknown role', ['--liuhen-role=admin']],
    ['two switches', [roleArgument('handler'), roleArgument('disciplineBody')]],
    ['an empty role', ['--liuhen-role=']],
  ])('reads no role from %s', (_label, argv) => {
    expect(roleOfArguments(argv)).toBeUndefined();
  });

  it('allows a handler’s page the record channels', () => {
    const allowed = allowedChannels([roleArgument('handler')]);
    expect(allowed.has('record.savePdf')).toBe(true);
    expect(allowed.has('vault.unlock')).toBe(true);
  });

  it('allows a discipline body’s page no handler channel', () => {
    const allowed = allowedChannels([roleArgument('disciplineBody')]);
    expect(allowed.has('record.list')).toBe(false);
    expect(allowed.has('vault.unlock')).toBe(true);
  });

  it('allows only the common channels when no role can be read', () => {
    expect([...allowedChannels(['--liuhen-role=admin'])].sort()).toEqual([...CHANNEL_MAPS.common.channels].sort());
  });

  it('forwards an allowed channel with its input, and answers anything else itself', async () => {
    const sent: [Channel, unknown][] = [];
    const invoke = guardedInvoke(allowedChannels([roleArgument('disciplineBody')]), (channel, input) => {
      sent.push([channel, input]);
      return Promise.resolve({ ok: true, value: 'forwarded' });
    });
    expect(await invoke('vault.status', {})).toEqual({ ok: true, value: 'forwarded' });
    for (const refused of ['record.list', 'vault.steal', 42, undefined]) {
      expect(await invoke(refused, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(sent).toEqual([['vault.status', {}]]);
  });
});
