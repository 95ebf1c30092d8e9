import { createContext, useContext } from 'react';

export interface SessionControls {
  // Called when the vault is (or has just been found) locked: the workspace unmounts and its state is gone.
  onLocked: () => void;
}

export const SessionContext = createContext<SessionControls>({ onLocked: () => undefined });

export function useSession(): SessionControls {
  return useContext(SessionContext);
}
