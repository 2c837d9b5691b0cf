package vanishingpoint.ssh;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler.Result;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * The only kind of channel the server opens: a session channel that remembers whether the client
 * asked for a pty, and that closes itself after refusing a command or a subsystem, so a client
 * that did not ask for a reply is not left waiting on an open channel that will never do anything.
 */
final class GameChannel extends ChannelSession {

  private static final Logger LOG = Logger.getLogger(GameChannel.class.getName());

  /** Creates {@link GameChannel}s; with no other factory, no other channel type can be opened. */
  static final ChannelFactory FACTORY = new ChannelFactory() {
    @Override
    public String getName() {
      return "session";
    }

    @Override
    public Channel createChannel(Session session) {
      return new GameChannel();
    }
  };

  private volatile boolean pty;
  private volatile boolean refused;
  /** When the first byte the game has not yet decoded arrived (System.nanoTime), 0 if none. */
  private final AtomicLong unread = new AtomicLong();

  /** When input not yet taken arrived, and takes it: the start of a key's key-to-frame latency. */
  long takeArrival() {
    return unread.getAndSet(0);
  }

  @Override
  protected void doWriteData(byte[] data, int off, long len) throws IOException {
    // stamped on MINA's I/O thread, as the bytes come off the connection, before the game's
    // reader thread is even woken
    if (len > 0) {
      long now = System.nanoTime();
      unread.compareAndSet(0, now == 0 ? 1 : now);
    }
    super.doWriteData(data, off, len);
  }

  boolean hasPty() {
    return pty;
  }

  @Override
  protected Result handlePtyReqParsed(String term, int cols, int rows, int w, int h, Map<PtyMode, Integer> modes)
      throws IOException {
    pty = true;
    return super.handlePtyReqParsed(term, cols, rows, w, h, modes);
  }

  @Override
  protected Result handleExecParsed(String request, String command) {
    return refuse("a command (" + command.length() + " characters)");
  }

  @Override
  protected Result handleSubsystemParsed(String request, String subsystem) {
    return refuse("the subsystem " + Names.printable(subsystem));
  }

  private Result refuse(String what) {
    refused = true;
    LOG.info(() -> "refused " + what + " for " + Names.printable(getSession().getUsername()) + " from "
        + LoginGate.addressOf(getSession()) + ": only an interactive game is served");
    return Result.ReplyFailure;
  }

  @Override
  protected IoWriteFuture sendResponse(Buffer buffer, String req, Result result, boolean wantReply)
      throws IOException {
    IoWriteFuture sent = super.sendResponse(buffer, req, result, wantReply);
    if (refused) {
      if (sent == null) {
        close(false);
      } else {
        sent.addListener(f -> close(false));
      }
    }
    return sent;
  }
}
