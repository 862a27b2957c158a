import ipaddr from 'ipaddr.js';

/**
 * The one key by which per-address limits count a client. An IPv4 address is one client; an IPv6 address is keyed
 * by its /64, because a home or mobile connection is given a whole /64 and may pick any address in it for each
 * request. An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports) is its IPv4 address.
 */
export function clientAddressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const parsed = ipaddr.process(ip);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}
