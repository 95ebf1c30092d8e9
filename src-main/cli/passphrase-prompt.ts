import { stderr, stdin } from 'node:process';

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const BACKSPACE = new Set(['\u007f', '\b']);
const CANCELLED_EXIT_CODE = 130;

// At a terminal: a prompt whose typing is not echoed. From a pipe (batch work): the first line of stdin.
export async function readPassphrase(): Promise<string> {
  if (stdin.isTTY) return promptHidden();
  let input = '';
  stdin.setEncoding('utf8');
  for await (const chunk of stdin) input += String(chunk);
  return input.split(/\r?\n/)[0] ?? '';
}

function promptHidden(): Promise<string> {
  stderr.write('请输入留痕口令（输入时不显示）：');
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stderr.write('\n');
          resolve(typed);
          return;
        }
        if (char === CTRL_C) {
          stdin.setRawMode(false);
          stderr.write('\n已取消。\n');
          process.exit(CANCELLED_EXIT_CODE);
        }
        typed = BACKSPACE.has(char) ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}
