import { AppError } from '../http/app-error';
import { clientAddressKey } from '../http/client-address';

/**
 * Downloads without a session, at once: public documents are for everyone, but a few anonymous clients must not
 * take the API's database connections and bandwidth from the staff who work in it. Staff are never counted.
 */
export const ANONYMOUS_DOWNLOADS_AT_ONCE = 4;
/** From one address: a person downloads one or two documents at a time; a loop of many is not a person. */
export const ANONYMOUS_DOWNLOADS_PER_ADDRESS = 2;
/** A 20 MB document takes a few seconds on a slow line: then a slot is likely free again. */
export const DOWNLOAD_RETRY_AFTER_SECONDS = 5;

export class AnonymousDownloads {
  private total = 0;
  private readonly perAddress = new Map<string, number>();

  constructor(
    private readonly atOnce = ANONYMOUS_DOWNLOADS_AT_ONCE,
    private readonly perAddressAtOnce = ANONYMOUS_DOWNLOADS_PER_ADDRESS,
  ) {}

  /** A slot for one download from `ip` (an IPv6 client by its /64), or a refusal at once; the function returned frees it (once). */
  take(ip: string): () => void {
    const address = clientAddressKey(ip);
    const fromAddress = this.perAddress.get(address) ?? 0;
    if (fromAddress >= this.perAddressAtOnce) {
      throw new AppError(
        'TOO_MANY_DOWNLOADS',
        `Your address is already downloading ${fromAddress} documents, the most at once without signing in. Try again in ${DOWNLOAD_RETRY_AFTER_SECONDS} seconds, when one has finished.`,
        { retryAfter: DOWNLOAD_RETRY_AFTER_SECONDS },
      );
    }
    if (this.total >= this.atOnce) {
      throw new AppError(
        'DOWNLOADS_BUSY',
        `Too many documents are being downloaded without signing in right now. Try again in ${DOWNLOAD_RETRY_AFTER_SECONDS} seconds.`,
        { retryAfter: DOWNLOAD_RETRY_AFTER_SECONDS },
      );
    }
    this.total += 1;
    this.perAddress.set(address, fromAddress + 1);
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.total -= 1;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    };
  }
}
