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
  const flag = /^--max[-_]old[-_]space[-_]size(=|$)/;
  return execArgv.some((a) => flag.test(a)) || (nodeOptions ?? "").split(/\s+/).some((a) => flag.test(a));
}
