package vanishingpoint.ssh;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.LogManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanishingpoint.save.LoadResult;
import vanishingpoint.save.SaveStore;

/**
 * Load benchmark, run on demand (not a test): N students at once against a server started exactly
 * as {@code ./play serve} starts it (the launcher script, its JVM options, as a child process).
 *
 * <p>Default mode: each student logs in, goes through the menus into lesson 2, pages to its
 * gradient probe, runs it (a real 20-layer network) and quits. Prints the server's heap and
 * resident memory per session (all N connected, after a GC), key-to-screen latency as the client
 * sees it, the probe's time, failed sessions and whether every save loads cleanly afterwards.
 *
 * <p>{@code --challenges}: each student opens the sandbox challenge at 30 layers, runs it at the
 * fastest speed, and while it trains (restarted whenever it ends) presses keys at a player's pace,
 * each waited for on screen. Prints key-to-frame p50/p99 as the client sees it (every key, from
 * its write to the frame showing its effect) and as the server measured it (from the key's bytes
 * arriving to the frame's flush: its log's last "keys: ..." line), and the server's resident
 * memory and threads per session with all N training.
 *
 * <pre>mvn -q -B -DskipTests package test-compile
 * java -cp target/test-classes:target/vanishing-point.jar vanishingpoint.ssh.LoadDriver 10 50 100
 * java -cp target/test-classes:target/vanishing-point.jar vanishingpoint.ssh.LoadDriver --challenges 10 50 100</pre>
 */
public final class LoadDriver {

  private final ConcurrentLinkedQueue<Long> keyMicros = new ConcurrentLinkedQueue<>();
  /** The keys pressed while every student trains: the ones this benchmark is about. */
  private final ConcurrentLinkedQueue<Long> trainingMicros = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> probeMicros = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failed = new AtomicInteger();
  private static final int LOGINS = 20;
  private final java.util.concurrent.Semaphore logins = new java.util.concurrent.Semaphore(LOGINS);

  /** Keys each student presses while training, in --challenges mode. */
  private static final int TRAINING_KEYS = Integer.getInteger("vp.load.keys", 40);
  /** A player's pace between two keys, in ms (plus up to as much again, at random). */
  private static final int THINK_MS = Integer.getInteger("vp.load.thinkMs", 150);
  /** The live view's per-layer panel titles, in the order 'v' cycles through them. */
  private static final String[] PANELS = {"gradient norm per layer", "saturated or dead units",
      "update / weight per layer", "gain per layer"};

  public static void main(String[] args) throws Exception {
    LogManager.getLogManager().reset(); // the client's own log lines would drown the table
    boolean challenges = args.length > 0 && args[0].equals("--challenges");
    List<String> ns = new ArrayList<>(List.of(args));
    if (challenges) {
      ns.remove(0);
    }
    if (ns.isEmpty()) {
      ns = List.of("10", "50", "100");
    }
    System.out.println(challenges
        ? "    N  RSS/session  threads/session  client p50  client p99  server p50  server p99   keys"
            + "  training keys: client p50  p99  server p50  p99  failed  saves"
        : "    N  heap/session  RSS/session  key p50  key p99  key max  probe p50  probe p99  failed  saves");
    for (String a : ns) {
      if (challenges) {
        new LoadDriver().runChallenges(Integer.parseInt(a));
      } else {
        new LoadDriver().run(Integer.parseInt(a));
      }
    }
    System.exit(0);
  }

  /** {@code ./play serve} as a child process, its JVM's pid and its port. */
  private record Server(Process play, long pid, int port) {
    void stop() throws InterruptedException {
      play.destroy(); // SIGTERM to the launcher, which passes it on to the JVM: every game saved
      play.waitFor();
    }
  }

  private static Server serve(Path saves, int n) throws Exception {
    Path project = Path.of("").toAbsolutePath();
    Process play = new ProcessBuilder(project.resolve("play").toString(), "serve", "--host", "127.0.0.1", "--port",
        "0", "--saves", saves.toString(), "--max-sessions", String.valueOf(n + 10)).directory(project.toFile())
        .redirectErrorStream(true).start();
    // a driver that fails half-way leaves no server behind
    Runtime.getRuntime().addShutdownHook(new Thread(play::destroy));
    BufferedReader out = new BufferedReader(new InputStreamReader(play.getInputStream(), StandardCharsets.UTF_8));
    Pattern listening = Pattern.compile("SSH server on [^ ]+:(\\d+), host key");
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        // the rest of its output (the shutdown line) is not read: drained, so it never blocks
        Thread drain = new Thread(() -> {
          try {
            out.transferTo(java.io.Writer.nullWriter());
          } catch (java.io.IOException e) {
            // the server is gone
          }
        });
        drain.setDaemon(true);
        drain.start();
        // with the Vector API the launcher runs the JVM as its child: measure the JVM
        long pid = play.toHandle().descendants().filter(h -> h.info().command().orElse("").endsWith("java"))
            .mapToLong(ProcessHandle::pid).findFirst().orElse(play.pid());
        return new Server(play, pid, Integer.parseInt(m.group(1)));
      }
      System.err.println("play: " + line);
    }
    throw new IllegalStateException("the server did not start");
  }

  private void run(int n) throws Exception {
    Path saves = Files.createTempDirectory("vp-load");
    Server server = serve(saves, n);
    int port = server.port();
    long pid = server.pid();
    long heap0 = heapKb(pid);
    long rss0 = rssKb(pid);
    CountDownLatch atProbe = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> students = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "s" + i;
      KeyPair key = SshPlayer.newKey("ed25519");
      Thread t = new Thread(() -> play(port, name, key, atProbe, go), "student-" + i);
      students.add(t);
      t.start();
    }
    atProbe.await();
    long heapN = heapKb(pid);
    long rssN = rssKb(pid);
    go.countDown();
    for (Thread t : students) {
      t.join();
    }
    server.stop();
    int intact = intactSaves(saves, n);
    System.out.printf("%5d  %9d KB  %8.1f MB  %5.1f ms  %5.1f ms  %5.1f ms  %7.1f ms  %7.1f ms  %6d  %d/%d%n", n,
        (heapN - heap0) / n, (rssN - rss0) / 1024.0 / n, pct(keyMicros, 50), pct(keyMicros, 99), pct(keyMicros, 100),
        pct(probeMicros, 50), pct(probeMicros, 99), failed.get(), intact, n);
  }

  private static int intactSaves(Path saves, int n) throws Exception {
    int intact = 0;
    SaveStore store = new SaveStore(saves, Clock.systemUTC());
    for (int i = 0; i < n; i++) {
      LoadResult r = store.load("s" + i);
      intact += r.source() == LoadResult.Source.SAVE_FILE && r.notices().isEmpty() ? 1 : 0;
    }
    return intact;
  }

  private void runChallenges(int n) throws Exception {
    Path saves = Files.createTempDirectory("vp-load");
    Server server = serve(saves, n);
    long rss0 = status(server.pid(), "VmRSS:");
    long threads0 = status(server.pid(), "Threads:");
    CountDownLatch training = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> students = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "s" + i;
      KeyPair key = SshPlayer.newKey("ed25519");
      Thread t = new Thread(() -> train(server.port(), name, key, training, go), "student-" + i);
      students.add(t);
      t.start();
    }
    training.await();
    long rssN = status(server.pid(), "VmRSS:");
    long threadsN = status(server.pid(), "Threads:");
    go.countDown();
    for (Thread t : students) {
      t.join();
    }
    server.stop();
    double[] serverSide = serverLatency(saves);
    System.out.printf("%5d  %8.1f MB  %15.1f  %7.1f ms  %7.1f ms  %7.1f ms  %7.1f ms  %5d  %21.1f ms  %5.1f ms"
        + "  %7.1f ms  %5.1f ms  %6d  %d/%d%n", n, (rssN - rss0) / 1024.0 / n, (threadsN - threads0) / (double) n,
        pct(keyMicros, 50), pct(keyMicros, 99), serverSide[0], serverSide[1], keyMicros.size(),
        pct(trainingMicros, 50), pct(trainingMicros, 99), serverSide[2], serverSide[3], failed.get(),
        intactSaves(saves, n), n);
  }

  /**
   * p50 and p99 from the server log's last "keys: n, key-to-frame p50 X ms p99 Y ms" line, then
   * from its last "while training, keys: ..." line (the keys pressed while the player's run trained).
   */
  private static double[] serverLatency(Path saves) throws Exception {
    Pattern p = Pattern.compile("key-to-frame p50 ([\\d.]+) ms p99 ([\\d.]+) ms");
    double[] last = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (String line : Files.readAllLines(saves.resolve("logs").resolve("serve.0.log"), StandardCharsets.UTF_8)) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        int at = line.contains("while training") ? 2 : 0;
        last[at] = Double.parseDouble(m.group(1));
        last[at + 1] = Double.parseDouble(m.group(2));
      }
    }
    return last;
  }

  /**
   * Logs in with at most {@link #LOGINS} others at the same moment: the server drops the oldest
   * of more than 50 connections not logged in yet (its guard against floods), and a class does not
   * press Enter within the same millisecond.
   */
  private SshPlayer loginPaced(int port, String name, KeyPair key, String from) throws Exception {
    logins.acquire();
    try {
      SshPlayer p = SshPlayer.login(port, name, key, from).shell(100, 30, "xterm-256color");
      p.await("the title", s -> s.contains("profile: " + name));
      return p;
    } finally {
      logins.release();
    }
  }

  /**
   * One student in a challenge: the sandbox at 30 layers and the fastest speed; once every
   * student trains, keys at a player's pace (the live view's panels in turn, a restart whenever
   * the run has ended), then quit. Every key is timed until the screen shows its effect.
   */
  private void train(int port, String name, KeyPair key, CountDownLatch training, CountDownLatch go) {
    boolean counted = false;
    String from = "127.0.0." + (2 + Integer.parseInt(name.substring(1)) / 4);
    java.util.Random pace = new java.util.Random(name.hashCode());
    try (SshPlayer p = loginPaced(port, name, key, from)) {
      key(p, "4", s -> s.contains("The sigmoid tower"), keyMicros);
      key(p, "\u001b[F", s -> true, keyMicros); // End: the sandbox, last in the list
      key(p, "\r", s -> s.contains("Sandbox"), keyMicros);
      for (int i = 0; i < 7; i++) {
        key(p, "j", s -> true, keyMicros); // down to the depth
      }
      for (int i = 0; i < 4; i++) {
        key(p, "\u001b[C", s -> true, keyMicros); // 6, 3, 12, 20, 30 layers
      }
      key(p, "\r", s -> s.contains("running") || s.contains("step "), keyMicros);
      key(p, "f", s -> s.contains("fast"), keyMicros);
      key(p, "f", s -> s.contains("fastest") || !s.contains("running"), keyMicros);
      training.countDown();
      counted = true;
      go.await();
      for (int k = 0; k < TRAINING_KEYS; k++) {
        Thread.sleep(THINK_MS + pace.nextInt(THINK_MS + 1)); // a player's pace, not a wait for the server
        String now = p.screen.text();
        if (!now.contains("running")) {
          key(p, "r", s -> s.contains("running"), keyMicros, trainingMicros);
          continue;
        }
        int panel = -1;
        for (int i = 0; i < PANELS.length; i++) {
          if (now.contains(PANELS[i])) {
            panel = i;
          }
        }
        String next = panel < 0 ? null : PANELS[(panel + 1) % PANELS.length];
        // the run may end just before the key: its verdict is then the frame the key finds
        key(p, "v", s -> next == null || s.contains(next) || !s.contains("running"), keyMicros, trainingMicros);
      }
      key(p, "q", s -> s.contains("Goodbye"), keyMicros);
      if (!p.awaitClosed()) {
        throw new IllegalStateException("not closed");
      }
    } catch (Exception | AssertionError e) {
      failed.incrementAndGet();
      System.err.println(name + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      if (!counted) {
        training.countDown();
      }
    }
  }

  /** One student: menus, lesson 2 to its probe page, wait for everyone, run the probe, quit. */
  private void play(int port, String name, KeyPair key, CountDownLatch atProbe, CountDownLatch go) {
    boolean counted = false;
    // one loopback address per few students, as a class from several machines: the server's
    // caps per address (connections not logged in yet, games) are not what this measures
    String from = "127.0.0." + (2 + Integer.parseInt(name.substring(1)) / 4);
    try (SshPlayer p = SshPlayer.login(port, name, key, from).shell(80, 24, "xterm-256color")) {
      p.await("the title", s -> s.contains("profile: " + name));
      key(p, "5", s -> s.contains("Sections seen"), keyMicros);
      key(p, "\u001b[D", s -> s.contains("Continue"), keyMicros); // Left: no Escape wait
      key(p, "2", s -> s.contains("6 lessons") || s.contains("Lessons"), keyMicros);
      key(p, "j", s -> true, null);
      key(p, "\r", s -> s.contains("page 1 of"), keyMicros);
      for (int page = 2; page <= 7; page++) {
        String want = "page " + page + " of";
        key(p, "\u001b[C", s -> s.contains(want), keyMicros);
      }
      atProbe.countDown();
      counted = true;
      go.await();
      key(p, "r", s -> s.contains("gradient norm  layer 1"), probeMicros);
      key(p, "q", s -> s.contains("Goodbye"), keyMicros);
      if (!p.awaitClosed()) {
        throw new IllegalStateException("not closed");
      }
    } catch (Exception | AssertionError e) {
      failed.incrementAndGet();
      System.err.println(name + ": " + e.getMessage().lines().findFirst().orElse(""));
      if (!counted) {
        atProbe.countDown();
      }
    }
  }

  private static void key(SshPlayer p, String keys, Predicate<String> shown, ConcurrentLinkedQueue<Long> into,
      ConcurrentLinkedQueue<Long> alsoInto) throws Exception {
    alsoInto.add(key(p, keys, shown, into));
  }

  /** Types the keys, waits for the frame that shows them; returns how long that took in µs. */
  private static long key(SshPlayer p, String keys, Predicate<String> shown, ConcurrentLinkedQueue<Long> into)
      throws Exception {
    long writes = p.screen.writes();
    long t0 = System.nanoTime();
    p.type(keys);
    // The new frame, not the old one that happens to match: wait for output after the key.
    p.await(keys, s -> p.screen.writes() > writes && shown.test(s));
    long micros = (System.nanoTime() - t0) / 1000;
    if (into != null) {
      into.add(micros);
    }
    return micros;
  }

  private static double pct(ConcurrentLinkedQueue<Long> q, int pct) {
    List<Long> v = new ArrayList<>(q);
    if (v.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(v);
    return v.get(Math.min(v.size() - 1, (int) Math.ceil(pct / 100.0 * v.size()) - 1)) / 1000.0;
  }

  /** Heap in use after a full GC, from jcmd, in KB. */
  private static long heapKb(long pid) throws Exception {
    exec("jcmd", String.valueOf(pid), "GC.run");
    Matcher m = Pattern.compile("used (\\d+)K").matcher(exec("jcmd", String.valueOf(pid), "GC.heap_info"));
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static long rssKb(long pid) throws Exception {
    return status(pid, "VmRSS:");
  }

  /** A number from /proc/PID/status: VmRSS in KB, Threads. */
  private static long status(long pid, String field) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static String exec(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return s;
  }
}
