package vanishingpoint.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.logging.Logger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import vanishingpoint.save.InvalidProfileNameException;
import vanishingpoint.save.ProfileName;

/**
 * Public-key login: the SSH user name is the profile, and the {@link KeyPolicy} decides which key
 * may play it. MINA asks here before it checks the signature, so an unclaimed name is only
 * <em>offered</em> here; the claim is made by the shell, once the key has proved itself.
 */
final class LoginGate implements PublickeyAuthenticator {

  private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

  /** The key that was accepted last: after a successful login, the one that signed. */
  static final AttributeKey<PublicKey> ACCEPTED_KEY = new AttributeKey<>();
  private static final AttributeKey<Boolean> TOLD = new AttributeKey<>();

  private final KeyPolicy policy;
  private final vanishingpoint.store.AddressCounts failures;

  LoginGate(KeyPolicy policy, vanishingpoint.store.AddressCounts failures) {
    this.policy = policy;
    this.failures = failures;
  }

  @Override
  public boolean authenticate(String user, PublicKey key, ServerSession session) {
    String from = addressOf(session);
    if (failures.blocked(from)) {
      LOG.info(() -> "refused " + Names.printable(user) + " from " + from + ": too many failed logins");
      session.close(true);
      return false;
    }
    String name;
    try {
      name = ProfileName.validate(user);
    } catch (InvalidProfileNameException e) {
      failures.add(from);
      LOG.info(() -> "refused the user name " + Names.printable(user) + " from " + from + ": " + e.getMessage());
      tell(session, "Vanishing Point: " + e.getMessage() + ". Log in with your player name: ssh NAME@host");
      return false;
    }
    String print = KeyUtils.getFingerPrint(key);
    switch (policy.check(name, key)) {
      case ALLOWED:
      case UNCLAIMED:
        session.setAttribute(ACCEPTED_KEY, key);
        return true;
      default:
        failures.add(from);
        LOG.info(() -> "refused " + name + " from " + from + ": key " + KeyUtils.getKeyType(key) + " " + print
            + " is not the name's");
        tell(session, "Vanishing Point: " + policy.howToGetIn(name));
        return false;
    }
  }

  static String addressOf(ServerSession session) {
    SocketAddress a = session.getClientAddress();
    return a instanceof InetSocketAddress ? ((InetSocketAddress) a).getAddress().getHostAddress() : String.valueOf(a);
  }

  /**
   * A user-auth banner: the one way to say something to a client that is not logged in (OpenSSH
   * prints it on the terminal). Once per connection: a client tries several keys in a row.
   */
  static void tell(ServerSession session, String text) {
    if (session.setAttribute(TOLD, Boolean.TRUE) != null) {
      return;
    }
    try {
      Buffer b = session.createBuffer(SshConstants.SSH_MSG_USERAUTH_BANNER);
      b.putString(text + "\r\n", StandardCharsets.UTF_8);
      b.putString("");
      session.writePacket(b);
    } catch (IOException e) {
      LOG.fine(() -> "could not send a banner: " + e);
    }
  }
}
