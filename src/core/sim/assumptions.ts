// Which of a pod's timings are Podscope's guesses rather than Kubernetes rules, in words for the legend or the
// narration (DESIGN.md, "Semantics": defaults Kubernetes leaves to the container are shown to the user).
import { allContainers, type PodModel } from '../spec/pod-model';
import { readProgram, scriptOf } from './container-program';
import { SIM_DEFAULTS, type SimDefaultName } from './defaults';

export interface TimingAssumption {
  container: string;
  /** The entry of SIM_DEFAULTS the guess comes from; none when the container is taken to run until stopped. */
  defaultName?: SimDefaultName;
  message: string;
}

/** One line per container whose run time Podscope had to assume. */
export function timingAssumptions(pod: PodModel): TimingAssumption[] {
  const out: TimingAssumption[] = [];
  for (const c of allContainers(pod)) {
    const program = readProgram(c.command, c.args, c.kind);
    if (!program.assumed) continue;
    const script = scriptOf(c.command, c.args);
    const what = script ? `\`${script.length > 60 ? `${script.slice(0, 57)}…` : script}\`` : "the image's own command";
    if (/\b(until|while)\b/.test(script) && program.ends) {
      out.push({ container: c.name, defaultName: 'untilLoopSeconds', message: `${c.name}: Podscope cannot know when the loop in ${what} ends; it assumes ${SIM_DEFAULTS.untilLoopSeconds.value} s.` });
    } else if (program.ends) {
      out.push({ container: c.name, defaultName: 'initCommandSeconds', message: `${c.name}: Podscope cannot know how long ${what} takes; it assumes ${SIM_DEFAULTS.initCommandSeconds.value} s per unknown step, then exit code 0.` });
    } else {
      out.push({ container: c.name, message: `${c.name}: ${what} is taken to run until the container is stopped.` });
    }
  }
  return out;
}
