import type { Socket } from 'node:net';

/** Long enough for a client on a slow line to read an early answer and stop sending; short enough to hold nothing. */
const LINGER_MS = 2_000;

/**
 * Closes the connection after an answer given before the request was read to its end (a 413 for an oversized
 * upload) the way web servers do ("lingering close"): the answer is sent and our side closed, but what the client
 * still sends is read and thrown away until it stops or the linger ends. Closing at once would leave its bytes
 * unread, the system would reset the connection, and the client (a browser) would often lose the answer with it and
 * show a network error instead of the clerk's message.
 */
export function lingerAfterAnswer(socket: Socket | null | undefined): void {
  if (!socket) return;
  socket.destroySoon = function destroyAfterLinger(this: Socket) {
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    this.once('close', () => clearTimeout(timer));
    this.once('end', () => this.destroy());
    if (this.writable) this.end();
  };
}
