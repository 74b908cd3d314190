import { useSyncExternalStore } from 'react';
import { useSession } from '../session/session';

/**
 * The unit the console's trees and figures start from: the user's scope, or for a
 * whole-deployment user (`*`) the unit they entered (remembered in this browser).
 */
const KEY = 'memberflow.root';
const listeners = new Set<() => void>();

export function setChosenRoot(unitId: string): void {
  try {
    localStorage.setItem(KEY, unitId);
  } catch {
    // private mode
  }
  listeners.forEach((listener) => listener());
}

function chosenRoot(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function useScopeRoot(): string | undefined {
  const { user } = useSession();
  const chosen = useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, chosenRoot);
  if (!user) return undefined;
  if (user.orgScope !== '*') return user.orgScope;
  return chosen ?? undefined;
}
