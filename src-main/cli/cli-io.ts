// What the `liuhen` command shares between its subcommands: how it ends and what it talks to.

// Exit codes after BSD sysexits, so scripts can tell a bad command line from a bad file.
export const EXIT = {
  ok: 0,
  refused: 1,
  usage: 64,
  dataError: 65,
  noInput: 66,
  software: 70,
  cannotCreate: 73,
} as const;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  // The vault's passphrase, from a prompt or the first line of stdin: never from argv, where other users of the
  // machine and the shell history would see it.
  readPassphrase?: () => Promise<string>;
}
