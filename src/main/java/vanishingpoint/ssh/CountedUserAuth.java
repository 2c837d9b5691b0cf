package vanishingpoint.ssh;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.ServiceFactory;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.session.ServerUserAuthService;

/**
 * MINA's user-auth service, with its requests counted per connection rather than per service: a
 * client that asks for the {@code ssh-userauth} service again (paramiko does, for every method it
 * tries) gets a new service whose own count (MAX_AUTH_REQUESTS) starts from zero, so one
 * connection could try keys without end.
 */
final class CountedUserAuth extends ServerUserAuthService {

  private static final Logger LOG = Logger.getLogger(CountedUserAuth.class.getName());
  private static final AttributeKey<AtomicInteger> REQUESTS = new AttributeKey<>();

  private final int max;

  private CountedUserAuth(Session s, int max) throws IOException {
    super(s);
    this.max = max;
  }

  static ServiceFactory factory(int max) {
    return new ServiceFactory() {
      @Override
      public String getName() {
        return "ssh-userauth";
      }

      @Override
      public Service create(Session session) throws IOException {
        return new CountedUserAuth(session, max);
      }
    };
  }

  @Override
  public synchronized void process(int cmd, Buffer buffer) throws Exception {
    ServerSession session = getServerSession();
    if (cmd == SshConstants.SSH_MSG_USERAUTH_REQUEST && !session.isAuthenticated()) {
      int n = session.computeAttributeIfAbsent(REQUESTS, k -> new AtomicInteger()).incrementAndGet();
      if (n > max) {
        LOG.info(() -> "connection from " + LoginGate.addressOf(session) + " closed: more than " + max
            + " authentication requests");
        session.disconnect(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
            "Too many authentication attempts");
        return;
      }
    }
    super.process(cmd, buffer);
  }
}
