// How many board streams one process keeps open: per address (a hall's NAT puts hundreds of screens
// behind one) and in all (each is a socket, and the process has a file limit). A viewer refused gets a
// 429 and its board falls back to polling the totals. Per process: a limit, not a figure to agree on.

export class ViewerLimits {
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(
    readonly perAddress: number,
    readonly overall: number,
  ) {}

  /** A place for one more viewer from this address, or null when it is full; call the result when the viewer leaves. */
  admit(address: string): (() => void) | null {
    const here = this.byAddress.get(address) ?? 0;
    if (here >= this.perAddress || this.total >= this.overall) return null;
    this.byAddress.set(address, here + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }
}

function limit(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** BOARD_STREAMS_PER_ADDRESS (default 2,000: a hall behind one NAT, or the board benchmark) and BOARD_STREAMS_TOTAL (default 12,000, under the machine's 20,000 open files). */
export const boardViewers = new ViewerLimits(limit("BOARD_STREAMS_PER_ADDRESS", 2_000), limit("BOARD_STREAMS_TOTAL", 12_000));
