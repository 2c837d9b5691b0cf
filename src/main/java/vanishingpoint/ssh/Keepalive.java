package vanishingpoint.ssh;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.kex.KexState;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.ServerSession;

/**
 * OpenSSH's ClientAliveInterval and ClientAliveCountMax: every so often a logged-in client is
 * sent a request that wants a reply ({@code keepalive@openssh.com}; any client answers it, if
 * only to say it does not know it), and a connection that leaves several unanswered in a row is
 * dropped. MINA's own server heartbeat is an SSH_MSG_IGNORE, which expects nothing, so a suspended
 * or frozen client (a closed laptop, a Ctrl-Z'd ssh) used to keep its connection, its name's slot
 * and its game until TCP gave up, half an hour or more later.
 */
final class Keepalive {

  static final String REQUEST = "keepalive@openssh.com";
  private static final Logger LOG = Logger.getLogger(Keepalive.class.getName());

  private final Duration every;
  private final int misses;
  private final Supplier<ScheduledExecutorService> timer;

  Keepalive(Duration every, int misses, Supplier<ScheduledExecutorService> timer) {
    this.every = every;
    this.misses = misses;
    this.timer = timer;
  }

  /** Starts asking; stops by itself when the session closes. */
  void watch(Session session) {
    if (every.isZero() || every.isNegative() || misses < 1) {
      return;
    }
    AtomicInteger unanswered = new AtomicInteger();
    long ms = every.toMillis();
    ScheduledFuture<?> task = timer.get().scheduleAtFixedRate(() -> ask(session, unanswered), ms, ms,
        TimeUnit.MILLISECONDS);
    session.addCloseFutureListener(f -> task.cancel(false));
  }

  private void ask(Session session, AtomicInteger unanswered) {
    if (!session.isOpen()) {
      return;
    }
    // Counted even while a key exchange holds the request back: a client that froze in the middle
    // of one is as gone as any other.
    int n = unanswered.incrementAndGet();
    if (n > misses) {
      LOG.info(() -> "connection from " + LoginGate.addressOf((ServerSession) session) + " as "
          + Names.printable(session.getUsername()) + " dropped: no answer to " + misses + " keepalives in "
          + every.multipliedBy(misses).toSeconds() + " s");
      session.close(true);
      return;
    }
    if (session.getKexState() != KexState.DONE) {
      return;
    }
    try {
      Buffer b = session.createBuffer(SshConstants.SSH_MSG_GLOBAL_REQUEST, REQUEST.length() + 8);
      b.putString(REQUEST);
      b.putBoolean(true);
      // success, failure or "unimplemented": any answer shows the client is alive
      session.request(b, REQUEST, (cmd, reply) -> unanswered.set(0));
    } catch (Exception e) {
      LOG.fine(() -> "could not send a keepalive: " + e);
    }
  }
}
