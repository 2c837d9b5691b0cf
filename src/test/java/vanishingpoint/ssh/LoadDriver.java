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
 * Load benchmark, run on demand (not a test): N students at once against {@code serve} from the
 * built jar, each logging in, going through the menus into lesson 2, paging to its gradient probe,
 * running it (a real 20-layer network) and quitting. Prints the server's heap and resident memory
 * per session (all N connected, after a GC), key-to-screen latency as the client sees it, the
 * probe's time, failed sessions and whether every save loads cleanly afterwards.
 * Challenges are not in the game yet; when they are, a challenge run belongs in {@link #play}.
 *
 * <pre>mvn -q -B -DskipTests package test-compile
 * java -cp target/test-classes:target/vanishing-point.jar vanishingpoint.ssh.LoadDriver 10 50 100</pre>
 */
public final class LoadDriver {

  private final ConcurrentLinkedQueue<Long> keyMicros = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> probeMicros = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failed = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    LogManager.getLogManager().reset(); // the client's own log lines would drown the table
    System.out.println("    N  heap/session  RSS/session  key p50  key p99  key max  probe p50  probe p99  failed  saves");
    for (String a : args.length > 0 ? args : new String[] {"10", "50", "100"}) {
      new LoadDriver().run(Integer.parseInt(a));
    }
    System.exit(0);
  }

  private void run(int n) throws Exception {
    Path saves = Files.createTempDirectory("vp-load");
    Path jar = Path.of("target/vanishing-point.jar").toAbsolutePath();
    Process server = new ProcessBuilder("java", "-Djava.awt.headless=true", "-Dvp.home=" + Path.of("").toAbsolutePath(),
        "-jar", jar.toString(), "serve", "--port", "0", "--saves", saves.toString(), "--max-sessions",
        String.valueOf(n + 10)).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Matcher m = Pattern.compile(":(\\d+), host key").matcher(String.valueOf(out.readLine()));
    if (!m.find()) {
      throw new IllegalStateException("the server did not start");
    }
    int port = Integer.parseInt(m.group(1));
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
    server.destroy();
    server.waitFor();
    int intact = 0;
    SaveStore store = new SaveStore(saves, Clock.systemUTC());
    for (int i = 0; i < n; i++) {
      LoadResult r = store.load("s" + i);
      intact += r.source() == LoadResult.Source.SAVE_FILE && r.notices().isEmpty() ? 1 : 0;
    }
    System.out.printf("%5d  %9d KB  %8.1f MB  %5.1f ms  %5.1f ms  %5.1f ms  %7.1f ms  %7.1f ms  %6d  %d/%d%n", n,
        (heapN - heap0) / n, (rssN - rss0) / 1024.0 / n, pct(keyMicros, 50), pct(keyMicros, 99), pct(keyMicros, 100),
        pct(probeMicros, 50), pct(probeMicros, 99), failed.get(), intact, n);
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

  private static void key(SshPlayer p, String keys, Predicate<String> shown, ConcurrentLinkedQueue<Long> into)
      throws Exception {
    long writes = p.screen.writes();
    long t0 = System.nanoTime();
    p.type(keys);
    // The new frame, not the old one that happens to match: wait for output after the key.
    p.await(keys, s -> p.screen.writes() > writes && shown.test(s));
    if (into != null) {
      into.add((System.nanoTime() - t0) / 1000);
    }
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
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
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
