// The OS file dialogs, injected: the renderer never names a path itself, so a compromised page cannot make the
// app read or write arbitrary files. Tests plug in answers; the shell plugs in Electron's dialogs.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | undefined>;
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | undefined>;
  // Several files at once (record files picked from a stick); undefined when cancelled.
  chooseOpenPaths(options: { title: string; filters: FileFilter[] }): Promise<string[] | undefined>;
  // A folder: where exported files go, or a USB stick of files to import.
  chooseFolder(options: { title: string }): Promise<string | undefined>;
}
