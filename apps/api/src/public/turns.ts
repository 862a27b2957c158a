/**
 * At most `size` holders at once; the rest wait their turn in the order they came. Public answers take turns so
 * that any number of anonymous readers leaves the event loop to the staff between a few answers at a time, instead
 * of a batch of hundreds ahead of every clerk's request.
 */
export class Turns {
  private holders = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async take(): Promise<void> {
    if (this.holders < this.size) {
      this.holders++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the turn to the first who waits, or frees it. */
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.holders--;
  }
}
