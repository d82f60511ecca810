// "Step 4 of 17": the steps are the distinct moments something happens; the cursor is at the last one it has passed.
export function stepPosition(eventTimes: readonly number[], cursor: number): { step: number; of: number } {
  let step = 0;
  while (step < eventTimes.length && (eventTimes[step] ?? Infinity) <= cursor + 1e-9) step++;
  return { step, of: eventTimes.length };
}
