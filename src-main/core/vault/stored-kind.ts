import type { z } from 'zod';

// Kind names become part of every row's associated data and of the row index's keys: short, lowercase, no '/'.
const KIND_NAME = /^[a-z][a-z0-9-]{1,39}$/;

// One step of a kind's content migrations: turns content of version n into version n + 1. Pure, and total over
// every content the older version could hold.
export type ContentUpgrade = (content: unknown) => unknown;

// A kind of row stored in the vault's typed tables: what it is called (in the file and to a person), the shape
// of its content now, and how older content reaches that shape. Every kind is listed once in
// `src-main/core/stored-kinds.ts`.
export interface StoredKind<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  // How a message names one row of this kind, e.g. 接收单位公钥.
  readonly label: string;
  readonly schema: S;
  readonly contentVersion: number;
  // upgrades[n - 1] turns version n into n + 1; there is one fewer than the current content version.
  readonly upgrades: readonly ContentUpgrade[];
}

export interface StoredKindDefinition<S extends z.ZodType> {
  name: string;
  label: string;
  schema: S;
  // 1 when omitted; raising it means adding the upgrade from the version before.
  contentVersion?: number;
  upgrades?: readonly ContentUpgrade[];
}

// Checked when the module defining the kind loads, so a malformed kind never reaches a vault.
export function storedKind<S extends z.ZodType>(definition: StoredKindDefinition<S>): StoredKind<S> {
  const contentVersion = definition.contentVersion ?? 1;
  const upgrades = definition.upgrades ?? [];
  if (!KIND_NAME.test(definition.name)) throw new Error(`stored kind name must match ${KIND_NAME.source}: ${definition.name}`);
  if (!Number.isInteger(contentVersion) || contentVersion < 1) throw new Error(`${definition.name}: content version must be a positive integer`);
  if (upgrades.length !== contentVersion - 1) {
    throw new Error(`${definition.name}: content version ${contentVersion} needs ${contentVersion - 1} upgrades, has ${upgrades.length}`);
  }
  return { name: definition.name, label: definition.label, schema: definition.schema, contentVersion, upgrades };
}
