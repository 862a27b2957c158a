import { clientAddressKey } from './client-address';

describe('clientAddressKey', () => {
  it.each([
    ['an IPv4 address as it is', '203.0.113.7', '203.0.113.7'],
    ['IPv4 loopback', '127.0.0.1', '127.0.0.1'],
    ['an IPv4-mapped IPv6 address as its IPv4 address', '::ffff:203.0.113.7', '203.0.113.7'],
    ['an IPv4-mapped IPv6 address written in hex', '::ffff:cb00:7107', '203.0.113.7'],
    ['a full IPv6 address by its /64', '2001:0db8:0001:0002:0003:0004:0005:0006', '2001:db8:1:2::/64'],
    ['a compressed IPv6 address by its /64', '2001:db8:1:2::6', '2001:db8:1:2::/64'],
    ['compression inside the prefix', '2001:db8::2:0:0:6', '2001:db8::/64'],
    ['upper-case hex', '2001:DB8:1:2:A:B:C:D', '2001:db8:1:2::/64'],
    ['IPv6 loopback', '::1', '::/64'],
    ['the unspecified address', '::', '::/64'],
    ['a link-local address with a zone', 'fe80::1%eth0', 'fe80::/64'],
    ['text that is not an address as it is', 'not-an-address', 'not-an-address'],
  ])('keys %s', (_, ip, key) => {
    expect(clientAddressKey(ip)).toBe(key);
  });

  it('gives two addresses of one /64 one key, and addresses of neighbouring /64s different keys', () => {
    expect(clientAddressKey('2001:db8:1:2::1')).toBe(clientAddressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(clientAddressKey('2001:db8:1:2::1')).not.toBe(clientAddressKey('2001:db8:1:3::1'));
  });
});
