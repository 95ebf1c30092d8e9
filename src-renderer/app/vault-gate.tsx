import { Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Output } from '../../src-main/contract/index.ts';
import { invoke } from '../api.ts';
import { SetupWizard } from '../features/setup/setup-wizard.tsx';
import { UnlockScreen } from '../features/unlock/unlock-screen.tsx';
import { AppFrame } from './app-frame.tsx';
import { DisciplineFrame } from './discipline-frame.tsx';
import { OfficeFrame } from './office-frame.tsx';
import { SessionContext } from './session-context.tsx';

// How often the page asks main whether the vault is still unlocked, so an auto-lock shows at once.
const STATUS_POLL_MS = 5_000;

type Gate = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; status: Output<'vault.status'> };

// Decides which of the three worlds the person is in: first run, locked, or the workspace. The workspace is
// unmounted on lock, which is what clears every record from renderer state.
export function VaultGate() {
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  const refresh = useCallback(
    () =>
      void invoke('vault.status', {}).then((result) => {
        const next: Gate = result.ok
          ? // The idle time is the auto-lock guard's business, and it changes with every poll.
            { kind: 'ready', status: { ...result.value, idleLockInMs: null } }
          : { kind: 'failed', message: result.error.message };
        // An unchanged poll must not re-render the workspace (and the editor in it) every few seconds.
        setGate((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
      }),
    [],
  );

  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, STATUS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const session = useMemo(() => ({ onLocked: refresh }), [refresh]);

  if (gate.kind === 'loading') return <Spin size="large" fullscreen tip="正在启动" />;
  if (gate.kind === 'failed') return <Result status="error" title="无法启动留痕" subTitle={gate.message} />;
  const { status } = gate;
  return (
    <SessionContext.Provider value={session}>
      {!status.exists || (status.unlocked && setupPending(status)) ? (
        <SetupWizard status={status} onDone={refresh} />
      ) : status.unlocked ? (
        <Workspace role={status.role} />
      ) : (
        <UnlockScreen onUnlocked={refresh} />
      )}
    </SessionContext.Provider>
  );
}

// The header's role decides the workspace.
function Workspace({ role }: { role: Output<'vault.status'>['role'] }) {
  if (role === 'disciplineBody') return <DisciplineFrame />;
  if (role === 'leadingGroupOffice') return <OfficeFrame />;
  return <AppFrame />;
}

function setupPending(status: Output<'vault.status'>): boolean {
  return status.setupComplete === false;
}
