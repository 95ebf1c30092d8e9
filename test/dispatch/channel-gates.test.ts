import { describe, expect, it } from 'vitest';
import { CHANNEL_MAPS, CHANNELS, channelsForRole, contract, type Channel, type Handlers } from '../../src-main/contract/index.ts';
import { createDispatch, type DispatchOptions } from '../../src-main/dispatch/index.ts';
import { USER_ERRORS } from '../../src-main/shared/errors.ts';
import { INSTALLATION_ROLES } from '../../src-main/shared/installation-role.ts';
import { SEEDS } from './support/channel-fuzz.ts';

const IDS = { draftId: 'a'.repeat(32), finalizedId: 'b'.repeat(32) };
const NEEDS_UNLOCKED = CHANNELS.filter((channel) => contract[channel].needsUnlocked);
const OPEN = CHANNELS.filter((channel) => !contract[channel].needsUnlocked);

// A table whose every handler only notes that it ran: whatever is refused here is refused by dispatch alone.
function noting(calls: Channel[]): Handlers {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      () => {
        calls.push(channel);
        return {};
      },
    ]),
  ) as unknown as Handlers;
}

function gate(options: Partial<DispatchOptions> = {}) {
  const calls: Channel[] = [];
  const dispatch = createDispatch(noting(calls), { role: 'handler', isUnlocked: () => true, ...options });
  return { calls, send: (channel: Channel) => dispatch(channel, SEEDS[channel](IDS)) };
}

describe('what dispatch refuses before any handler runs', () => {
  it('declares both kinds of channel, so the checks below can fail', () => {
    expect(NEEDS_UNLOCKED).toContain('record.list');
    expect(NEEDS_UNLOCKED).toContain('settings.get');
    expect(OPEN).toEqual(expect.arrayContaining(['vault.status', 'vault.unlock', 'vault.restore', 'app.about']));
  });

  it.each(NEEDS_UNLOCKED)('a locked vault refuses %s with VAULT_LOCKED', async (channel) => {
    const { calls, send } = gate({ isUnlocked: () => false });
    expect(await send(channel)).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: USER_ERRORS.VAULT_LOCKED } });
    expect(calls).toEqual([]);
  });

  it.each(OPEN)('a locked vault still serves %s', async (channel) => {
    const { calls, send } = gate({ isUnlocked: () => false });
    expect(await send(channel)).toEqual({ ok: true, value: {} });
    expect(calls).toEqual([channel]);
  });

  it('asks whether the vault is unlocked after the bookkeeping that may lock it', async () => {
    let unlocked = true;
    const { calls, send } = gate({ isUnlocked: () => unlocked, beforeRequest: () => (unlocked = false) });
    expect(await send('record.list')).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(calls).toEqual([]);
  });

  it('serves every channel of a handler’s installation while unlocked', async () => {
    const { calls, send } = gate();
    for (const channel of channelsForRole('handler')) expect(await send(channel)).toEqual({ ok: true, value: {} });
    expect(calls).toEqual([...channelsForRole('handler')]);
  });

  it('refuses every channel outside the installation’s role, even with the vault unlocked', async () => {
    const refused: string[] = [];
    for (const role of INSTALLATION_ROLES) {
      const { calls, send } = gate({ role });
      for (const channel of CHANNELS.filter((each) => !channelsForRole(role).includes(each))) {
        const answer = await send(channel);
        expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
        if (!answer.ok) expect(answer.error.message).toContain(channel);
        refused.push(`${role} ${channel}`);
      }
      expect(calls).toEqual([]);
    }
    expect(refused).toContain('disciplineBody record.list');
    expect(refused).toContain('leadingGroupOffice record.savePdf');
    for (const channel of CHANNEL_MAPS.discipline.channels) expect(refused).toContain(`handler ${String(channel)}`);
  });

  it('gives every role the common channels and no channel to two maps', () => {
    for (const role of INSTALLATION_ROLES) expect(channelsForRole(role)).toEqual(expect.arrayContaining([...CHANNEL_MAPS.common.channels]));
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });
});
