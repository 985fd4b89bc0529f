// The command's heap (issue 8): V8's default old-space limit (about 4 GiB on a 64-bit machine
// with enough memory) is too small for a national JSON Lines folder, and a Node flag is not
// something a user of `npx grassroots report DIR` should have to know. So the command sizes its
// input first and, when the heap it will need is above the limit it was started with, runs
// itself again with `--max-old-space-size` (see main.ts). Pure, so that the rule is tested.

/**
 * Heap needed per byte of JSON Lines input. Measured: the national folder of `generateDataset`
 * (22 M records, 2.1 GiB of JSON Lines) peaked at 4.7 GiB RSS for `grassroots report`, so
 * 2.5 × the input leaves a margin for the report's working arrays.
 */
export const HEAP_PER_INPUT_BYTE = 2.5;
/** Heap needed whatever the input (the built-in dataset, the report, the code): 1 GiB. */
export const HEAP_BASE_MIB = 1024;
/** The most of the machine's memory the command gives itself: three quarters. */
export const HEAP_SHARE_OF_MEMORY = 0.75;

/**
 * The old-space size (MiB) to run the command again with, or `undefined` to go on as it is: when
 * the input needs more than the current limit, the lesser of that need and
 * {@link HEAP_SHARE_OF_MEMORY} of the machine's memory, if that is still above the current limit.
 */
export function heapToRerunWith(inputBytes: number, currentLimitMiB: number, totalMemoryMiB: number): number | undefined {
  const need = Math.ceil(HEAP_BASE_MIB + (inputBytes / 2 ** 20) * HEAP_PER_INPUT_BYTE);
  if (need <= currentLimitMiB) return undefined;
  const size = Math.min(need, Math.floor(totalMemoryMiB * HEAP_SHARE_OF_MEMORY));
  return size > currentLimitMiB ? size : undefined;
}

/** Whether the user chose the heap size: `--max-old-space-size` in Node's flags or NODE_OPTIONS. */
export function heapChosenByUser(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return flagGiven(/^--max[-_]old[-_]space[-_]size(=|$)/, execArgv, nodeOptions);
}

function flagGiven(flag: RegExp, execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => flag.test(a)) || (nodeOptions ?? "").split(/\s+/).some((a) => flag.test(a));
}

/**
 * The young generation's size for a large input (MiB per semi-space; V8's default on 64-bit is
 * 16). Every record read stays alive, so each young-generation collection finds all it holds
 * alive and moves it on; larger semi-spaces mean fewer of them. Measured with `readJsonLines` on
 * the national folder (22 M records, 2.1 GiB; one process at a time, wall / CPU seconds):
 * default 104.4 / 111.1, 106.2 / 115.3, 104.0 / 111.4; 64 MiB 93.4 / 99.8, 94.3 / 103.7, and
 * 95.6 / 103.5 with `--min-semi-space-size=64`; 32 MiB 91.7 / 99.9 but 103.7 / 112.8; 128 MiB
 * 98.7 / 107.9. Peak RSS 3.0-3.1 GiB by default, 3.2-3.3 with 64 MiB.
 */
export const SEMI_SPACE_MIB = 64;

/**
 * Node's flags for the command's second run with a larger heap: the heap size, and the
 * young generation's ({@link SEMI_SPACE_MIB}) unless the user sized it (`--max-semi-space-size`
 * or `--min-semi-space-size`: a larger minimum would otherwise be capped by our maximum).
 */
export function rerunFlags(heapMiB: number, execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const flags = [`--max-old-space-size=${heapMiB}`];
  if (!flagGiven(/^--(max|min)[-_]semi[-_]space[-_]size(=|$)/, execArgv, nodeOptions)) flags.push(`--max-semi-space-size=${SEMI_SPACE_MIB}`);
  return flags;
}
