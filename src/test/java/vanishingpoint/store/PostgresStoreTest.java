package vanishingpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vanishingpoint.save.LoadResult;
import vanishingpoint.save.ProfileInUseException;
import vanishingpoint.save.SaveBackend;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;

/** The PostgreSQL store against a real PostgreSQL: saves, recovery, crash safety, locks, claims, counts. */
class PostgresStoreTest {

  private static final Instant T1 = Instant.parse("2026-11-29T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-29T11:00:00Z");

  private String url;

  @BeforeEach
  void database() {
    url = TestDatabase.newDatabase();
  }

  private static SaveStore store(Store s, Instant at) {
    return new SaveStore(s.saves(), Clock.fixed(at, ZoneOffset.UTC));
  }

  private static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");
  private static final Instant T3 = Instant.parse("2026-11-29T12:00:00Z");

  /** The saves of a test differ by the time they were made, which every save is stamped with. */
  private static String updated(Store s, String name) {
    return new SaveStore(s.saves(), Clock.systemUTC()).peek(name).data().updatedAt();
  }

  @Test
  void aSaveRoundTripsAndTheOneBeforeBecomesTheBackup() throws Exception {
    try (Store s = TestDatabase.open(url)) {
      SaveStore first = store(s, T1);
      LoadResult fresh = first.load("ann");
      assertThat(fresh.source()).isEqualTo(LoadResult.Source.FRESH);
      first.save(fresh.data());
      byte[] firstBytes = s.saves().read("ann", SaveBackend.Slot.SAVE).bytes();
      store(s, T2).save(fresh.data());

      LoadResult again = store(s, T2).load("ann");
      assertThat(again.source()).isEqualTo(LoadResult.Source.SAVE_FILE);
      assertThat(again.data().updatedAt()).isEqualTo(T2.toString());
      assertThat(s.saves().read("ann", SaveBackend.Slot.BACKUP).bytes()).isEqualTo(firstBytes);
      assertThat(store(s, T2).profiles()).containsExactly("ann");
      assertThat(store(s, T2).peek("ann").data().updatedAt()).isEqualTo(T2.toString());
      assertThat(store(s, T2).where("ann")).contains("saves/ann").doesNotContain("password");
    }
  }

  @Test
  void aDamagedSaveIsKeptAsideAndTheBackupRestored() throws Exception {
    try (Store s = TestDatabase.open(url)) {
      SaveData d = store(s, T1).load("bo").data();
      store(s, T1).save(d);
      store(s, T2).save(d);
      sql("UPDATE saves SET body = convert_to('{not json', 'UTF8') WHERE name = 'bo'");

      LoadResult r = store(s, T2).load("bo");
      assertThat(r.source()).isEqualTo(LoadResult.Source.BACKUP);
      assertThat(r.data().updatedAt()).isEqualTo(T1.toString());
      assertThat(r.notices()).singleElement().asString().contains("could not be read").contains("kept_aside/");
      assertThat(updated(s, "bo")).isEqualTo(T1.toString());
      assertThat(count("SELECT count(*) FROM kept_aside WHERE name = 'bo' AND convert_from(body, 'UTF8') = '{not json'"))
          .isEqualTo(1);
    }
  }

  @Test
  void aSaveCutOffBeforeItsCommitLeavesTheOldSaveAndBackup() throws Exception {
    try (Store s = TestDatabase.open(url)) {
      SaveData d = store(s, T1).load("cy").data();
      store(s, T0).save(d);
      store(s, T1).save(d);
      byte[] save = s.saves().read("cy", SaveBackend.Slot.SAVE).bytes();
      byte[] backup = s.saves().read("cy", SaveBackend.Slot.BACKUP).bytes();
      PostgresBackend backend = ((PostgresStore) s).backend();
      // the server ends the connection in the middle of the transaction, as a crash would
      backend.beforeCommit = c -> TestDatabase.admin("SELECT pg_terminate_backend(" + pid(c) + ")");
      assertThatThrownBy(() -> store(s, T2).save(d)).isInstanceOf(IOException.class);
      backend.beforeCommit = c -> {};

      assertThat(s.saves().read("cy", SaveBackend.Slot.SAVE).bytes()).isEqualTo(save);
      assertThat(s.saves().read("cy", SaveBackend.Slot.BACKUP).bytes()).isEqualTo(backup);
      store(s, T2).save(d); // and the next save goes through, on a new connection
      assertThat(updated(s, "cy")).isEqualTo(T2.toString());
    }
  }

  @Test
  void oneGamePerNameAcrossStoresAndTheLockFollowsItsConnection() throws Exception {
    try (Store a = TestDatabase.open(url, Duration.ofMillis(300));
        Store b = TestDatabase.open(url, Duration.ofMillis(300))) {
      AtomicInteger askedA = new AtomicInteger();
      SaveBackend.Hold held = a.saves().lock("dee", askedA::incrementAndGet);
      assertThatThrownBy(() -> b.saves().lock("dee", () -> {})).isInstanceOf(ProfileInUseException.class);
      assertThatThrownBy(() -> a.saves().lock("dee", () -> {})).isInstanceOf(ProfileInUseException.class);
      assertThat(askedA.get()).as("the holder was asked to hand over").isPositive();
      try (SaveBackend.Hold other = b.saves().lock("eli", () -> {})) {
        assertThat(other).isNotNull();
      }
      held.close();
      try (SaveBackend.Hold now = b.saves().lock("dee", () -> {})) {
        assertThatThrownBy(() -> a.saves().lock("dee", () -> {})).isInstanceOf(ProfileInUseException.class);
      }
    }
  }

  @Test
  void aHolderThatLostItsLockToAnotherServerCannotOverwriteTheNewerSave() throws Exception {
    try (Store a = TestDatabase.open(url, Duration.ofMillis(300));
        Store b = TestDatabase.open(url, Duration.ofMillis(300))) {
      SaveData d = store(a, T1).load("fay").data();
      AtomicInteger stopA = new AtomicInteger();
      SaveBackend.Hold onA = a.saves().lock("fay", stopA::incrementAndGet);
      store(a, T1).save(d);
      // A's lock connection dies (a network cut): PostgreSQL frees its locks, B takes the name
      int pid = ((PostgresStore) a).backend().locks().lockPid();
      TestDatabase.admin("SELECT pg_terminate_backend(" + pid + ")");
      try (SaveBackend.Hold onB = b.saves().lock("fay", () -> {})) {
        store(b, T2).save(d);
        assertThatThrownBy(() -> store(a, T3).save(d))
            .isInstanceOf(IOException.class).hasMessageContaining("taken over");
        assertThat(updated(b, "fay")).isEqualTo(T2.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stopA.get() == 0 && System.nanoTime() < deadline) {
          Thread.sleep(20); // A notices on reconnecting that the name is gone, and stops its game
        }
        assertThat(stopA.get()).isPositive();
      }
      onA.close();
    }
  }

  @Test
  void claimsAreSharedAndTheFirstWins() throws Exception {
    try (Store a = TestDatabase.open(url); Store b = TestDatabase.open(url)) {
      assertThat(a.claims().create("gus", "ssh-ed25519 AAAA gus")).isTrue();
      assertThat(b.claims().create("gus", "ssh-ed25519 BBBB gus")).isFalse();
      assertThat(b.claims().keyOf("gus")).isEqualTo("ssh-ed25519 AAAA gus");
      assertThat(b.claims().keyOf("hal")).isNull();
      assertThat(a.claims().all()).isEqualTo(Map.of("gus", "ssh-ed25519 AAAA gus"));
    }
  }

  @Test
  void countsPerAddressAreSharedByTheServers() throws Exception {
    try (Store a = TestDatabase.open(url); Store b = TestDatabase.open(url)) {
      AddressCounts ca = a.sharedCounts("failed", 3, Duration.ofMinutes(1)).orElseThrow();
      AddressCounts cb = b.sharedCounts("failed", 3, Duration.ofMinutes(1)).orElseThrow();
      ca.add("10.0.0.1");
      cb.add("10.0.0.1");
      assertThat(ca.blocked("10.0.0.1")).isFalse();
      ca.add("10.0.0.1");
      assertThat(cb.blocked("10.0.0.1")).isTrue();
      assertThat(cb.blocked("10.0.0.2")).isFalse();
      assertThat(a.sharedCounts("claims", 3, Duration.ofMinutes(1)).orElseThrow().blocked("10.0.0.1")).isFalse();
    }
  }

  @Test
  void aBadUrlOrAnUnreachableDatabaseIsOneLine() {
    assertThatThrownBy(() -> Store.open("mysql://x/y", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PostgreSQL URL");
    assertThatThrownBy(() -> Store.open("postgresql://u:secret@localhost:1/", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> Store.open("postgresql://u:secret@127.0.0.1:1/vp", null, Map.of()))
        .isInstanceOf(IOException.class).hasMessageContaining("cannot reach the database postgresql://u@127.0.0.1:1/vp")
        .hasMessageNotContaining("secret").hasMessageNotContaining("\n");
  }

  private static int pid(Connection c) {
    try {
      return c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sql(String sql) throws Exception {
    StoreUrl u = StoreUrl.parse(url, Map.of());
    try (Connection c = DriverManager.getConnection(u.jdbc(), u.properties()); PreparedStatement s = c.prepareStatement(sql)) {
      s.execute();
    }
  }

  private long count(String sql) throws Exception {
    StoreUrl u = StoreUrl.parse(url, Map.of());
    try (Connection c = DriverManager.getConnection(u.jdbc(), u.properties());
        java.sql.ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
