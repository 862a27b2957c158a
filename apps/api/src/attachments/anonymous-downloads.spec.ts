import { AppError } from '../http/app-error';
import { AnonymousDownloads } from './anonymous-downloads';

const refusal = (take: () => unknown) => {
  try {
    take();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : error;
  }
};

describe('anonymous download slots per address', () => {
  it('counts the addresses of one IPv6 /64 as one client, and another /64 as another', () => {
    const downloads = new AnonymousDownloads(4, 2);
    downloads.take('2001:db8:1:2::1');
    downloads.take('2001:db8:1:2::2');
    expect(refusal(() => downloads.take('2001:db8:1:2:ffff::3'))).toBe('TOO_MANY_DOWNLOADS');
    expect(refusal(() => downloads.take('2001:db8:1:3::1'))).toBeNull();
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', () => {
    const downloads = new AnonymousDownloads(4, 2);
    downloads.take('203.0.113.7');
    downloads.take('::ffff:203.0.113.7');
    expect(refusal(() => downloads.take('203.0.113.7'))).toBe('TOO_MANY_DOWNLOADS');
  });
});
