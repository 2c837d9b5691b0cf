package vanishingpoint.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.AbstractServerSession;
import org.apache.sshd.server.session.ServerProxyAcceptor;
import org.apache.sshd.server.session.ServerSession;

/**
 * The PROXY protocol header (HAProxy's {@code send-proxy}, text v1, and {@code send-proxy-v2},
 * binary) that a TCP load balancer puts before the SSH bytes: the player's real address. Behind a
 * balancer every connection comes from the balancer, so without it the per-address limits
 * (failed logins, names claimed, games) would count a whole class as one client.
 *
 * <p>With {@code --proxy-protocol} every connection must start with a header: anyone who can reach
 * the server directly could otherwise claim any address, so the servers' port must be open to the
 * balancer only. A connection without a valid header is closed. A v2 {@code LOCAL} header (the
 * balancer's own health check) or an address family other than TCP keeps the connection's address.
 */
final class ProxyHeader implements ServerProxyAcceptor {

  /** Set on a session once its header is read: what follows is the SSH greeting. */
  private static final AttributeKey<Boolean> READ = new AttributeKey<>();
  private static final byte[] V1 = "PROXY ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] V2 = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
  /** The longest v1 line, "\r\n" included (the protocol's own limit). */
  static final int V1_MAX = 107;
  /** The most address bytes a v2 header may carry here (TCP6 needs 36; TLVs beyond are skipped). */
  static final int V2_MAX = 1024;

  /** The header is not what the protocol allows: the connection is closed, naming why. */
  static final class Refused extends IOException {
    Refused(String why) {
      super("PROXY protocol: " + why);
    }
  }

  @Override
  public boolean acceptServerProxyMetadata(ServerSession session, Buffer buffer) throws IOException {
    byte[] seen = new byte[Math.min(buffer.available(), Math.max(V1_MAX, 16 + V2_MAX))];
    System.arraycopy(buffer.array(), buffer.rpos(), seen, 0, seen.length);
    if (Boolean.TRUE.equals(session.getAttribute(READ)) && !startsWith(seen, V1) && !startsWith(seen, V2)) {
      return true;
    }
    // MINA rewinds its buffer while the SSH greeting is incomplete and asks again: the same
    // header is then read (and skipped) again
    Parsed p = parse(seen);
    if (p == null) {
      return false; // more bytes needed; MINA restores the buffer and asks again
    }
    buffer.rpos(buffer.rpos() + p.length());
    if (p.client() != null && session instanceof AbstractServerSession s) {
      s.setClientAddress(p.client());
    }
    session.setAttribute(READ, Boolean.TRUE);
    return true;
  }

  /** What a header said: its length in bytes, and the client's address (null: keep the connection's). */
  record Parsed(int length, InetSocketAddress client) {}

  /** The header at the start of {@code b}; null while {@code b} is too short to tell. */
  static Parsed parse(byte[] b) throws Refused {
    if (startsWith(b, V2)) {
      return v2(b);
    }
    if (startsWith(b, V1)) {
      return v1(b);
    }
    if (isPrefix(b, V2) || isPrefix(b, V1)) {
      return null;
    }
    throw new Refused("the connection did not start with a PROXY header (the server runs with"
        + " --proxy-protocol: it must be reached through the load balancer)");
  }

  private static Parsed v1(byte[] b) throws Refused {
    int end = -1;
    for (int i = 0; i + 1 < Math.min(b.length, V1_MAX); i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        end = i;
        break;
      }
    }
    if (end < 0) {
      if (b.length < V1_MAX) {
        return null;
      }
      throw new Refused("a v1 header longer than " + V1_MAX + " bytes");
    }
    String[] w = new String(b, 0, end, StandardCharsets.US_ASCII).split(" ", -1);
    if (w.length >= 2 && w[1].equals("UNKNOWN")) {
      return new Parsed(end + 2, null);
    }
    if (w.length != 6 || !w[1].equals("TCP4") && !w[1].equals("TCP6")) {
      throw new Refused("a v1 header must be PROXY TCP4|TCP6|UNKNOWN SRC DST SRCPORT DSTPORT");
    }
    return new Parsed(end + 2, new InetSocketAddress(literal(w[2], w[1].equals("TCP4") ? 4 : 16), port(w[4])));
  }

  private static Parsed v2(byte[] b) throws Refused {
    if (b.length < 16) {
      return null;
    }
    int version = (b[12] & 0xF0) >> 4;
    int command = b[12] & 0x0F;
    int family = b[13] & 0xFF;
    int len = ((b[14] & 0xFF) << 8) | (b[15] & 0xFF);
    if (version != 2 || command > 1) {
      throw new Refused("a v2 header with version " + version + " and command " + command);
    }
    if (len > V2_MAX) {
      throw new Refused("a v2 header of " + len + " address bytes (at most " + V2_MAX + ")");
    }
    if (b.length < 16 + len) {
      return null;
    }
    if (command == 0) {
      return new Parsed(16 + len, null); // LOCAL: the balancer itself, checking the server is up
    }
    int ipBytes = family == 0x11 ? 4 : family == 0x21 ? 16 : 0;
    if (ipBytes == 0) {
      return new Parsed(16 + len, null); // UNSPEC, UDP or UNIX sockets: no TCP client address
    }
    if (len < 2 * ipBytes + 4) {
      throw new Refused("a v2 TCP header of " + len + " address bytes (needs " + (2 * ipBytes + 4) + ")");
    }
    byte[] ip = java.util.Arrays.copyOfRange(b, 16, 16 + ipBytes);
    int port = ((b[16 + 2 * ipBytes] & 0xFF) << 8) | (b[17 + 2 * ipBytes] & 0xFF);
    try {
      return new Parsed(16 + len, new InetSocketAddress(InetAddress.getByAddress(ip), port));
    } catch (UnknownHostException e) {
      throw new Refused("a v2 address of " + ip.length + " bytes");
    }
  }

  /**
   * An IP literal of the given size, read without a name lookup: a client's bytes must never
   * cause a DNS query (InetAddress.getByName falls back to one for anything that is not a literal).
   */
  private static InetAddress literal(String s, int bytes) throws Refused {
    try {
      if (bytes == 4 && s.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
        byte[] ip = new byte[4];
        String[] parts = s.split("\\.");
        for (int i = 0; i < 4; i++) {
          int v = Integer.parseInt(parts[i]);
          if (v > 255) {
            throw new UnknownHostException(s);
          }
          ip[i] = (byte) v;
        }
        return InetAddress.getByAddress(ip);
      }
      // with a ':' the JDK reads an IPv6 literal or refuses it, never looking the text up
      if (bytes == 16 && s.contains(":") && s.length() <= 45 && s.chars().allMatch(c -> c == ':' || c == '.'
          || Character.digit(c, 16) >= 0)) {
        return InetAddress.getByName(s); // an IPv4-mapped one (::ffff:a.b.c.d) comes back as IPv4
      }
    } catch (UnknownHostException e) {
      // not a literal: refused below
    }
    throw new Refused("'" + s + "' is not an IPv" + (bytes == 4 ? "4" : "6") + " address");
  }

  private static int port(String s) throws Refused {
    if (s.matches("\\d{1,5}") && Integer.parseInt(s) <= 65535) {
      return Integer.parseInt(s);
    }
    throw new Refused("'" + s + "' is not a port");
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length && isPrefix(b, prefix);
  }

  /** Whether all of {@code b} (shorter than {@code full} or not) agrees with the start of {@code full}. */
  private static boolean isPrefix(byte[] b, byte[] full) {
    for (int i = 0; i < Math.min(b.length, full.length); i++) {
      if (b[i] != full[i]) {
        return false;
      }
    }
    return true;
  }
}
