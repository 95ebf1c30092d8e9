// What a bench child process used, reported by the child itself as it exits: `--import REPORT_USAGE`.
//
// Peak memory is the process's own high-water mark (VmHWM) where Linux has it. getrusage's maxRSS is not: the
// kernel carries it across fork and exec, so a child started from the bench's own large process reports the
// parent's size.
export const REPORT_USAGE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();let peak=u.maxRSS;try{peak=Number(/VmHWM:\\s*(\\d+)/.exec(process.getBuiltinModule('fs').readFileSync('/proc/self/status','utf8'))[1])}catch{}process.stderr.write('\\nPEAK_KIB '+peak+' CPU_US '+(u.userCPUTime+u.systemCPUTime))})`;

const US_PER_MS = 1000;

export interface ProcessUsage {
  peakKib: number;
  // User + system time of all the process's threads.
  cpuMs: number;
}

export function readUsage(stderr: string): ProcessUsage {
  const match = /PEAK_KIB (\d+) CPU_US (\d+)/.exec(stderr);
  if (!match) throw new Error(`the process did not report its usage: ${stderr.slice(-500)}`);
  return { peakKib: Number(match[1]), cpuMs: Number(match[2]) / US_PER_MS };
}
