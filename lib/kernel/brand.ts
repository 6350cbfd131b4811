// Every server action and route handler the kernel makes carries this mark, so the authorization
// matrix can fail on an entry point that was written by hand around it.
export const THROUGH_KERNEL = Symbol.for("misi-dagang.kernel");

export function throughKernel<F extends (...args: never[]) => Promise<unknown>>(entry: F): F {
  Object.defineProperty(entry, THROUGH_KERNEL, { value: true });
  return entry;
}
