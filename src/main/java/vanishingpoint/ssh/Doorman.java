package vanishingpoint.ssh;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;

/**
 * Counts connections at the door, the way OpenSSH's MaxStartups and PerSourceMaxStartups do:
 * those that have not logged in yet are capped per address and in all, apart from the logged-in
 * ones, which have their own cap. A connection costs nothing to open and is held for the whole
 * login grace, so without this a few hundred silent sockets kept every student out.
 *
 * <p>Past the cap per address, a new connection is dropped at once. Past the cap in all, the
 * oldest waiting connection of the address with the most waiting is dropped to make room: a
 * flood from a few addresses then pushes out its own connections, not a student's.
 */
final class Doorman implements SessionListener {

  private static final Logger LOG = Logger.getLogger(Doorman.class.getName());

  private final ServerSettings.Limits limits;
  private final vanishingpoint.store.AddressCounts failures;
  private final Keepalive keepalive;
  /** Connections not logged in yet, oldest first, with their address. */
  private final LinkedHashMap<Session, String> waiting = new LinkedHashMap<>();
  private final Map<String, Integer> waitingPerAddress = new HashMap<>();
  private final Map<Session, Boolean> loggedIn = new HashMap<>();
  private final ThrottledLog turnedAway = new ThrottledLog(LOG, 10_000);

  Doorman(ServerSettings.Limits limits, vanishingpoint.store.AddressCounts failures, Keepalive keepalive) {
    this.limits = limits;
    this.failures = failures;
    this.keepalive = keepalive;
  }

  @Override
  public void sessionCreated(Session session) {
    String from = LoginGate.addressOf((ServerSession) session);
    String source = sourceOf(session);
    if (failures.blocked(from)) {
      turnedAway.log(from, "connection from " + from + " turned away: too many failed logins");
      session.close(true);
      return;
    }
    Session evicted = null;
    synchronized (this) {
      int fromSource = waitingPerAddress.getOrDefault(source, 0);
      if (fromSource >= limits.pendingPerAddress()) {
        turnedAway.log(source, "connection from " + from + " turned away: " + fromSource
            + " connections from there are not logged in yet");
        session.close(true);
        return;
      }
      if (waiting.size() >= limits.pendingTotal()) {
        evicted = oldestOfBusiestSource();
        forget(evicted);
      }
      waiting.put(session, source);
      waitingPerAddress.merge(source, 1, Integer::sum);
    }
    if (evicted != null) {
      String e = LoginGate.addressOf((ServerSession) evicted);
      turnedAway.log("*", limits.pendingTotal() + " connections are not logged in yet: dropped the oldest, from " + e);
      evicted.close(true);
    }
    LOG.info(() -> "connection from " + from);
  }

  @Override
  public void sessionEvent(Session session, Event event) {
    if (event != Event.Authenticated) {
      return;
    }
    boolean over;
    synchronized (this) {
      forget(session);
      over = loggedIn.size() >= limits.loggedIn();
      if (!over) {
        loggedIn.put(session, Boolean.TRUE);
      }
    }
    if (over) {
      LOG.info(() -> "connection from " + LoginGate.addressOf((ServerSession) session) + " as "
          + Names.printable(session.getUsername()) + " closed: " + limits.loggedIn() + " are logged in already");
      session.close(true);
      return;
    }
    keepalive.watch(session);
  }

  @Override
  public void sessionClosed(Session session) {
    synchronized (this) {
      forget(session);
      loggedIn.remove(session);
    }
    LOG.info(() -> "connection from " + LoginGate.addressOf((ServerSession) session) + " closed ("
        + Names.printable(session.getUsername()) + ")");
  }

  synchronized int waiting() {
    return waiting.size();
  }

  private void forget(Session session) {
    String source = waiting.remove(session);
    if (source != null) {
      waitingPerAddress.computeIfPresent(source, (k, n) -> n > 1 ? n - 1 : null);
    }
  }

  private Session oldestOfBusiestSource() {
    String busiest = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : waitingPerAddress.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        busiest = e.getKey();
      }
    }
    for (Iterator<Map.Entry<Session, String>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Session, String> e = it.next();
      if (e.getValue().equals(busiest)) {
        return e.getKey();
      }
    }
    return waiting.keySet().iterator().next();
  }

  /**
   * The address, or for IPv6 its /64: one host easily has a whole /64 to itself. Behind a load
   * balancer, the client's as its PROXY header gave it once read (see {@link ProxyHeader}).
   */
  static String sourceOf(Session session) {
    SocketAddress a = session instanceof ServerSession s ? s.getClientAddress() : session.getIoSession().getRemoteAddress();
    if (!(a instanceof InetSocketAddress)) {
      return String.valueOf(a);
    }
    InetAddress ip = ((InetSocketAddress) a).getAddress();
    if (ip instanceof Inet6Address) {
      byte[] b = ip.getAddress();
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
      }
      return s.append(":/64").toString();
    }
    return ip.getHostAddress();
  }
}
