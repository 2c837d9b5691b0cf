package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PROXY protocol headers as HAProxy sends them, and everything a client could send instead. */
class ProxyHeaderTest {

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A v2 header: version 2, the command, the family, the address bytes, then the SSH greeting. */
  static byte[] v2(int command, int family, byte[] addresses) {
    byte[] sig = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
    byte[] greeting = ascii("SSH-2.0-x\r\n");
    byte[] b = new byte[16 + addresses.length + greeting.length];
    System.arraycopy(sig, 0, b, 0, 12);
    b[12] = (byte) (0x20 | command);
    b[13] = (byte) family;
    b[14] = (byte) (addresses.length >> 8);
    b[15] = (byte) addresses.length;
    System.arraycopy(addresses, 0, b, 16, addresses.length);
    System.arraycopy(greeting, 0, b, 16 + addresses.length, greeting.length);
    return b;
  }

  @Test
  void readsVersionOneAsHaproxySendsIt() throws Exception {
    String line = "PROXY TCP4 203.0.113.7 10.0.0.11 51234 2222\r\n";
    ProxyHeader.Parsed p = ProxyHeader.parse(ascii(line + "SSH-2.0-OpenSSH_9.2\r\n"));
    assertThat(p.length()).isEqualTo(line.length());
    assertThat(p.client()).isEqualTo(new InetSocketAddress("203.0.113.7", 51234));
    ProxyHeader.Parsed six = ProxyHeader.parse(ascii("PROXY TCP6 2001:db8::7 2001:db8::1 4000 22\r\n"));
    assertThat(six.client()).isEqualTo(new InetSocketAddress("2001:db8::7", 4000));
    assertThat(ProxyHeader.parse(ascii("PROXY TCP6 ::ffff:203.0.113.7 ::1 4000 22\r\n")).client())
        .isEqualTo(new InetSocketAddress("203.0.113.7", 4000));
    ProxyHeader.Parsed unknown = ProxyHeader.parse(ascii("PROXY UNKNOWN\r\nSSH-2.0-x\r\n"));
    assertThat(unknown.length()).isEqualTo(15);
    assertThat(unknown.client()).isNull();
  }

  @Test
  void readsVersionTwo() throws Exception {
    byte[] four = {(byte) 203, 0, 113, 7, 10, 0, 0, 11, (byte) 0xC8, 0x22, 0x08, (byte) 0xAE};
    ProxyHeader.Parsed p = ProxyHeader.parse(v2(1, 0x11, four));
    assertThat(p.length()).isEqualTo(16 + 12);
    assertThat(p.client()).isEqualTo(new InetSocketAddress("203.0.113.7", 0xC822));
    byte[] six = new byte[36 + 5]; // with a TLV after the addresses, skipped
    six[0] = 0x20;
    six[1] = 0x01;
    six[2] = 0x0d;
    six[3] = (byte) 0xb8;
    six[15] = 7;
    six[33] = 22;
    assertThat(ProxyHeader.parse(v2(1, 0x21, six)).client()).isEqualTo(new InetSocketAddress("2001:db8::7", 22));
    assertThat(ProxyHeader.parse(v2(0, 0x00, new byte[0])).client()).as("LOCAL: a health check").isNull();
    assertThat(ProxyHeader.parse(v2(1, 0x31, new byte[216])).client()).as("a UNIX socket").isNull();
  }

  @Test
  void waitsWhileTheHeaderIsIncomplete() throws Exception {
    byte[] whole = ascii("PROXY TCP4 203.0.113.7 10.0.0.11 51234 2222\r\n");
    byte[] two = v2(1, 0x11, new byte[12]);
    for (byte[] b : new byte[][] {whole, two}) {
      int headerLength = ProxyHeader.parse(b).length();
      for (int n = 0; n < headerLength; n++) {
        assertThat(ProxyHeader.parse(Arrays.copyOf(b, n))).as("%d bytes", n).isNull();
      }
    }
  }

  @Test
  void refusesWhatIsNotAHeader() {
    for (String bad : new String[] {"SSH-2.0-OpenSSH_9.2\r\n", "PROXY TCP4 203.0.113.7 10.0.0.11 51234\r\n",
        "PROXY TCP4 example.org 10.0.0.11 1 2\r\n", "PROXY TCP6 cafe 2001:db8::1 1 2\r\n",
        "PROXY TCP4 2001:db8::7 10.0.0.1 1 2\r\n", "PROXY TCP4 1.2.3.4.5 10.0.0.1 1 2\r\n", "PROXY TCP4 1.2.3.256 10.0.0.1 1 2\r\n", "PROXY TCP4 203.0.113.7 10.0.0.11 99999 2\r\n",
        "PROXY UDP4 203.0.113.7 10.0.0.11 1 2\r\n", "PROXY TCP4 " + "1".repeat(120) + "\r\n", "GET / HTTP/1.1\r\n"}) {
      assertThatThrownBy(() -> ProxyHeader.parse(ascii(bad))).as(bad).isInstanceOf(ProxyHeader.Refused.class)
          .hasMessageStartingWith("PROXY protocol: ");
    }
    assertThatThrownBy(() -> ProxyHeader.parse(v2(2, 0x11, new byte[12]))).isInstanceOf(ProxyHeader.Refused.class);
    assertThatThrownBy(() -> ProxyHeader.parse(v2(1, 0x11, new byte[8]))).isInstanceOf(ProxyHeader.Refused.class);
    byte[] huge = v2(1, 0x11, new byte[12]);
    huge[14] = (byte) 0xFF;
    assertThatThrownBy(() -> ProxyHeader.parse(huge)).isInstanceOf(ProxyHeader.Refused.class);
  }

  /** Whatever a client sends, the answer is a header, "more", or a refusal: nothing else, and quickly. */
  @Test
  void anyBytesGetAnAnswer() {
    Random r = new Random(7);
    byte[][] starts = {ascii("PROXY "), ascii("PROXY TCP4 "), v2(1, 0x11, new byte[0])};
    for (int i = 0; i < 20_000; i++) {
      byte[] start = starts[r.nextInt(starts.length)];
      byte[] b = Arrays.copyOf(start, r.nextInt(start.length + 1) + r.nextInt(140));
      for (int j = start.length; j < b.length; j++) {
        b[j] = (byte) (r.nextBoolean() ? r.nextInt(256) : " .:0123456789\r\n".charAt(r.nextInt(15)));
      }
      try {
        ProxyHeader.Parsed p = ProxyHeader.parse(b);
        if (p != null) {
          assertThat(p.length()).isBetween(1, b.length);
        }
      } catch (ProxyHeader.Refused e) {
        assertThat(e.getMessage()).startsWith("PROXY protocol: ");
      }
    }
  }
}
