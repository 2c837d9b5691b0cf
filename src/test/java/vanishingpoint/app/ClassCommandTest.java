package vanishingpoint.app;

import vanishingpoint.session.SaveMapping;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import picocli.CommandLine;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeProgress;
import vanishingpoint.core.GameState;
import vanishingpoint.core.LessonProgress;
import vanishingpoint.core.Profile;
import vanishingpoint.core.QuizPicker;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.quiz.Question;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;
import vanishingpoint.session.GameSession;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.Rating;
import vanishingpoint.srs.ReviewLog;
import vanishingpoint.ui.Style;

/**
 * {@code play class} over a saves folder written by the game's own save writer: three students,
 * a corrupt save, and the files a running server and running games leave beside the saves.
 */
class ClassCommandTest {

  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  static Content content;
  static String q1; // a gradients question
  static String q2; // a vanishing question
  static String q3; // an exploding question
  static List<Challenge> challenges;

  @TempDir
  Path tmp;
  Path saves;

  @BeforeAll
  static void loadContent() {
    content = ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
    q1 = firstOf("gradients");
    q2 = firstOf("vanishing");
    q3 = firstOf("exploding");
    challenges = content.challenges().stream().filter(c -> !c.sandbox()).toList();
    assertThat(content.lessons()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(challenges).hasSizeGreaterThanOrEqualTo(2);
  }

  private static String firstOf(String topic) {
    return content.questions().values().stream().filter(q -> q.topic().equals(topic)).findFirst()
        .orElseThrow().id();
  }

  private static int questionsOf(String topic) {
    return (int) content.questions().values().stream().filter(q -> q.topic().equals(topic)).count();
  }

  /** One answer: the card as the game's scheduler leaves it, and the log the game keeps. */
  private record Answer(String id, Rating rating, Instant at) {}

  /** Saves a profile the way the game does: game state, SaveMapping, SaveStore, at {@code at}. */
  private void save(String name, Instant at, List<String> days, int lessonsDone, Map<String, Integer> stars,
      List<Answer> answers) throws IOException {
    save(name, at, days, lessonsDone, stars, answers, Profile.DEFAULT_NEW_PER_DAY);
  }

  /** The same, with the player's new-cards-per-day setting. */
  private void save(String name, Instant at, List<String> days, int lessonsDone, Map<String, Integer> stars,
      List<Answer> answers, int newPerDay) throws IOException {
    Map<String, Card> cards = new TreeMap<>();
    List<ReviewLog> logs = new ArrayList<>();
    for (Answer a : answers) {
      Card before = cards.getOrDefault(a.id(), Card.fresh(a.id(), a.at()));
      cards.put(a.id(), QuizPicker.SCHEDULER.review(before, a.rating(), a.at()));
      logs.add(new ReviewLog(a.id(), a.rating(), a.at(), 3000L));
    }
    Map<String, LessonProgress> lessons = new HashMap<>();
    for (int i = 0; i < lessonsDone; i++) {
      lessons.put(content.lessons().get(i).lesson().orElseThrow().id(), new LessonProgress(3, 3, true));
    }
    Map<String, ChallengeProgress> won = new HashMap<>();
    stars.forEach((id, n) -> won.put(id, new ChallengeProgress(n, 100, Map.of("init", "he"), 0)));
    SaveStore store = new SaveStore(saves, Clock.fixed(at, ZoneOffset.UTC));
    Profile p = new Profile(name, store.pathOf(name).toString(), Instant.parse("2026-11-01T09:00:00Z"),
        java.util.Set.of(), days.stream().map(LocalDate::parse).toList(), lessons, won, cards, logs, newPerDay);
    GameState s = GameState.start(p, content, List.of(), List.of()).at(at);
    store.save(SaveMapping.toSave(s, SaveData.fresh(name, at)));
  }

  @BeforeEach
  void classOfThree() throws IOException {
    saves = tmp.resolve("saves");
    Instant yesterday = NOW.minus(Duration.ofDays(1));
    // alice: three days in a row up to today; q1 known well (Easy), q2 and q3 missed yesterday
    save("alice", yesterday, List.of("2026-11-27", "2026-11-28"), 1, Map.of(challenges.get(0).id(), 3), List.of());
    save("alice", NOW, List.of("2026-11-27", "2026-11-28", "2026-11-29"), 2,
        Map.of(challenges.get(0).id(), 3, challenges.get(1).id(), 1),
        List.of(new Answer(q1, Rating.EASY, yesterday), new Answer(q2, Rating.AGAIN, yesterday),
            new Answer(q3, Rating.AGAIN, yesterday)));
    // bob: last played a week ago; missed q2 once, then got it, and q1
    save("bob", Instant.parse("2026-11-21T16:00:00Z"), List.of("2026-11-20", "2026-11-21"), 0, Map.of(),
        List.of(new Answer(q2, Rating.AGAIN, Instant.parse("2026-11-20T16:00:00Z")),
            new Answer(q2, Rating.GOOD, Instant.parse("2026-11-21T16:00:00Z")),
            new Answer(q1, Rating.GOOD, Instant.parse("2026-11-21T16:01:00Z"))));
    // a name longer than the table's column; played yesterday only, nothing answered
    save("carol-the-long-name", yesterday, List.of("2026-11-28"), 1, Map.of(), List.of());
    // a damaged save, and what a server and games leave in the folder
    Files.writeString(saves.resolve("dave.json"), "{\"schemaVersion\": 1, \"profile\": \"dave\",");
    Files.createDirectories(saves.resolve(".ssh-server"));
    Files.writeString(saves.resolve(".ssh-server").resolve("x.json"), "{}");
    Files.createDirectories(saves.resolve("logs"));
    Files.writeString(saves.resolve("logs").resolve("serve.0.log"), "log");
    Files.writeString(saves.resolve("alice.lock"), "");
    Files.writeString(saves.resolve("erin.json.corrupt-20261129T012233Z"), "junk");
    Files.writeString(saves.resolve("notes.txt"), "not a save");
    assertThat(saves.resolve("alice.json.bak")).exists();
  }

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cl = Main.commandLine();
    // the registered command, but writing to this test's stream, in a UTF-8 locale
    CommandLine sub = new CommandLine(new ClassCommand(() -> content, out, Map.of("LANG", "en_US.UTF-8")));
    cl.getCommandSpec().removeSubcommand("class");
    cl.addSubcommand("class", sub);
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(UTF_8), err.toString());
  }

  private String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("class", "--saves", saves.toString(), "--today", "2026-11-29"));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void theTableHasOneRowPerStudentWithTheGameFiguresAndFitsEightyColumns() {
    Run r = run(args());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    String topics = "%-5s %-5s %-5s %-5s %-5s";
    // alice: 2 lessons; q1 mastered (Easy yesterday); q2 and q3 due again (Again yesterday); 3 days
    assertThat(lines).contains(String.format("%-12s %-11s %-9s " + topics + " %3d %6d", "alice", "2026-11-29",
        "2 of " + content.lessons().size(), "1/" + questionsOf("gradients"), "0/" + questionsOf("vanishing"),
        "0/" + questionsOf("exploding"), "0/" + questionsOf("fixes"), "0/" + questionsOf("definitions"), 2, 3));
    // bob: last seen a week ago, so no streak; q1 and q2 are due by now
    assertThat(lines).contains(String.format("%-12s %-11s %-9s " + topics + " %3d %6d", "bob", "2026-11-21",
        "0 of " + content.lessons().size(), "0/" + questionsOf("gradients"), "0/" + questionsOf("vanishing"),
        "0/" + questionsOf("exploding"), "0/" + questionsOf("fixes"), "0/" + questionsOf("definitions"), 2, 0));
    // the long name on a line of its own, its figures below; yesterday still counts for the streak
    int carol = lines.indexOf("carol-the-long-name");
    assertThat(carol).isPositive();
    assertThat(lines.get(carol + 1)).startsWith(" ".repeat(13) + "2026-11-28  1 of ").endsWith("  0      1");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dave         unreadable: "));
    // stars: the Challenges screen's glyphs, every challenge by number
    int alice = lines.indexOf(lines.stream().filter(l -> l.startsWith("alice ")).findFirst().orElseThrow());
    assertThat(lines.get(alice + 1)).startsWith("  stars " + challenges.get(0).number() + ":★★★ "
        + challenges.get(1).number() + ":★☆☆ " + challenges.get(2).number() + ":☆☆☆");
    // one row per save: nothing from the server's folder, logs, backups, locks or corrupt copies
    int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("Student ")).findFirst().orElseThrow());
    List<String> rows = lines.subList(head + 1, head + lines.subList(head, lines.size()).indexOf("")).stream()
        .filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
    assertThat(rows).containsExactly("alice", "bob", "carol-the-long-name", "dave");
    assertThat(r.out()).doesNotContain("erin", "notes", "ssh-server", "serve.0").contains("Legend: ");
    assertThat(lines.get(0)).startsWith("Class report for 2026-11-29: 4 students (1 save unreadable); ");
    assertThat(lines).contains("Saves folder: " + saves);
  }

  @Test
  void theClassImportedIntoADatabaseGivesTheSameReportFromIt() {
    String url = vanishingpoint.store.TestDatabase.newDatabase();
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    // dave's damaged save goes too, as it is: unreadable in the database as in the folder
    assertThat(cl.execute("store", "import", "--store", url, "--saves", saves.toString())).isZero();
    assertThat(out.toString()).startsWith("Copied 4 saves (and their backups) and 0 claimed keys");

    Run fromFolder = run(args("--csv"));
    Run fromDb = run("class", "--store", url, "--today", "2026-11-29", "--csv");
    assertThat(fromDb.code()).as(fromDb.err()).isZero();
    assertThat(fromDb.out()).isEqualTo(fromFolder.out());
    Run table = run("class", "--store", url, "--today", "2026-11-29");
    assertThat(table.out()).contains("Saves in the database: postgresql://").contains("dave         unreadable: ");

    Run unreachable = run("class", "--store", "postgresql://nobody@127.0.0.1:1/vp");
    assertThat(unreachable.code()).isOne();
    assertThat(unreachable.err().strip()).startsWith("play class: --store: cannot reach the database").doesNotContain("\n");
    Run bad = run("class", "--store", "mysql://x/y");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--store: 'mysql://x/y' is not a PostgreSQL URL");
  }

  @Test
  void theQuestionsTheClassGetsWrongMostComeWorstFirst() {
    List<String> lines = run(args()).out().lines().toList();
    int head = lines.indexOf("Wrong  Tries  %wrong  Question");
    assertThat(head).isPositive();
    // q3: 1 of 1 wrong; q2: 2 of 3; q1: 0 of 2
    List<String> rows = lines.subList(head + 1, lines.size()).stream().filter(l -> !l.startsWith(" ".repeat(22)))
        .toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("    1      1    100%  " + q3 + ": " + firstWords(q3));
    assertThat(rows.get(1)).startsWith("    2      3     67%  " + q2 + ": " + firstWords(q2));
    assertThat(rows.get(2)).startsWith("    0      2      0%  " + q1 + ": " + firstWords(q1));
  }

  private static String firstWords(String id) {
    String ask = content.questions().get(id).ask();
    return ask.substring(0, Math.min(20, ask.length()));
  }

  @Test
  void theTopTenOnlyInTheTableButAllInJsonAndCsv() throws IOException {
    List<Answer> many = new ArrayList<>();
    content.questions().keySet().stream().limit(12).forEach(id -> many.add(new Answer(id, Rating.AGAIN, NOW)));
    save("frank", NOW, List.of("2026-11-29"), 0, Map.of(), many);
    List<String> lines = run(args()).out().lines().toList();
    int head = lines.indexOf("Wrong  Tries  %wrong  Question");
    assertThat(lines.subList(head + 1, lines.size()).stream().filter(l -> !l.startsWith(" ".repeat(22))).count())
        .isEqualTo(10);
    java.util.Set<String> answered = new java.util.HashSet<>(List.of(q1, q2, q3));
    many.forEach(a -> answered.add(a.id()));
    assertThat(lines.get(head - 1)).startsWith("Questions the class gets wrong most (top 10 of " + answered.size() + ";");
    JsonObject json = strict(run(args("--json")).out());
    assertThat(json.getAsJsonArray("questionsAnsweredWrong")).hasSize(answered.size());
    assertThat(run(args("--csv")).out().lines().filter(l -> l.startsWith("\"question\"")).count())
        .isEqualTo(answered.size());
  }

  @Test
  void jsonIsOneStrictDocumentWithNumbers() {
    Run r = run(args("--json"));
    assertThat(r.code()).isZero();
    JsonObject root = strict(r.out());
    assertThat(root.get("today").getAsString()).isEqualTo("2026-11-29");
    JsonArray students = root.getAsJsonArray("students");
    assertThat(students).hasSize(4);
    JsonObject alice = students.get(0).getAsJsonObject();
    assertThat(alice.get("name").getAsString()).isEqualTo("alice");
    assertThat(alice.get("status").getAsString()).isEqualTo("ok");
    assertThat(alice.get("lastSeen").getAsString()).isEqualTo("2026-11-29");
    assertThat(alice.get("lessonsDone").getAsInt()).isEqualTo(2);
    assertThat(alice.get("lessonsTotal").getAsInt()).isEqualTo(content.lessons().size());
    JsonObject grad = alice.getAsJsonObject("mastery").getAsJsonObject("gradients");
    assertThat(grad.get("mastered").getAsInt()).isEqualTo(1);
    assertThat(grad.get("of").getAsInt()).isEqualTo(questionsOf("gradients"));
    assertThat(alice.getAsJsonObject("mastery").keySet()).containsExactlyElementsOf(Question.TOPICS);
    JsonObject stars = alice.getAsJsonObject("stars");
    assertThat(stars.keySet()).containsExactlyElementsOf(challenges.stream().map(Challenge::id).toList());
    assertThat(stars.get(challenges.get(0).id()).getAsInt()).isEqualTo(3);
    assertThat(stars.get(challenges.get(1).id()).getAsInt()).isEqualTo(1);
    assertThat(stars.get(challenges.get(2).id()).getAsInt()).isZero();
    assertThat(alice.get("dueToday").getAsInt()).isEqualTo(2);
    assertThat(alice.get("streak").getAsInt()).isEqualTo(3);
    JsonObject dave = students.get(3).getAsJsonObject();
    assertThat(dave.get("name").getAsString()).isEqualTo("dave");
    assertThat(dave.get("status").getAsString()).isEqualTo("unreadable");
    assertThat(dave.get("reason").getAsString()).isNotBlank();
    JsonArray qs = root.getAsJsonArray("questionsAnsweredWrong");
    assertThat(qs).hasSize(3);
    JsonObject worst = qs.get(0).getAsJsonObject();
    assertThat(worst.get("id").getAsString()).isEqualTo(q3);
    assertThat(worst.get("text").getAsString()).isEqualTo(content.questions().get(q3).ask());
    assertThat(worst.get("topic").getAsString()).isEqualTo("exploding");
    assertThat(worst.get("attempts").getAsInt()).isEqualTo(1);
    assertThat(worst.get("wrong").getAsInt()).isEqualTo(1);
    assertThat(worst.get("percentWrong").getAsDouble()).isEqualTo(100.0);
    assertThat(qs.get(1).getAsJsonObject().get("percentWrong").getAsDouble()).isEqualTo(66.7);
    assertThat(qs.get(2).getAsJsonObject().get("percentWrong").getAsDouble()).isEqualTo(0.0);
  }

  @Test
  void aPlayersOwnNewCardLimitIsTheirsInTheReportAsInTheirGame() throws IOException {
    // gwen keeps to 5 new cards a day, not the default; she has played today, so her game adds no day
    save("gwen", NOW, List.of("2026-11-28", "2026-11-29"), 0, Map.of(),
        List.of(new Answer(q1, Rating.AGAIN, NOW.minus(Duration.ofDays(1))),
            new Answer(q2, Rating.AGAIN, NOW.minus(Duration.ofDays(1))),
            new Answer(q3, Rating.EASY, NOW.minus(Duration.ofHours(1)))), 5);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    SaveStore store = new SaveStore(saves, clock);
    GameState inReport = ClassReport.stateOf("gwen", store.where("gwen"), store.peek("gwen").data(), content, NOW);
    JsonObject row = null;
    for (JsonElement e : strict(run(args("--json")).out()).getAsJsonArray("students")) {
      if (e.getAsJsonObject().get("name").getAsString().equals("gwen")) {
        row = e.getAsJsonObject();
      }
    }
    assertThat(row).isNotNull();

    // her own game, started at the same moment
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    GameState inGame;
    try (GameSession game = new GameSession(screen, new Style(Style.Colors.ANSI256, true), store, "gwen", content,
        clock)) {
      inGame = game.state();
    }
    assertThat(inGame.profile().newPerDay()).isEqualTo(5);
    // the report sees the player the game sees: the same profile, setting and all
    assertThat(inReport.profile()).isEqualTo(inGame.profile());
    assertThat(row.get("dueToday").getAsInt()).isEqualTo(QuizPicker.due(inGame).size()).isEqualTo(2);
    assertThat(QuizPicker.newLeft(inReport)).isEqualTo(QuizPicker.newLeft(inGame)).isEqualTo(4);
  }

  /** Parsed as strictly as Gson can: no NaN, no comments, one value and nothing after it. */
  private static JsonObject strict(String text) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    JsonElement e = JsonParser.parseReader(reader);
    try {
      assertThat(reader.peek()).isEqualTo(JsonToken.END_DOCUMENT);
    } catch (IOException ex) {
      throw new AssertionError(ex);
    }
    assertThat(text).doesNotContain("NaN", "Infinity");
    return e.getAsJsonObject();
  }

  @Test
  void csvIsRfc4180WithAHeaderAndTheSameFieldsInEveryRecord() {
    Run r = run(args("--csv"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("\r\n");
    List<List<String>> rows = parseCsv(r.out());
    List<String> header = rows.get(0);
    assertThat(header.subList(0, 7)).containsExactly("kind", "name", "status", "reason", "last_seen",
        "lessons_done", "lessons_total");
    assertThat(header).contains("mastered_gradients", "questions_gradients", "stars_" + challenges.get(0).id(),
        "due_today", "streak", "question", "topic", "text", "attempts", "wrong", "percent_wrong");
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(header.size()));
    Map<String, String> alice = record(header, rows.get(1));
    assertThat(alice).containsEntry("kind", "student").containsEntry("name", "alice").containsEntry("status", "ok")
        .containsEntry("last_seen", "2026-11-29").containsEntry("lessons_done", "2")
        .containsEntry("mastered_gradients", "1").containsEntry("questions_gradients", "" + questionsOf("gradients"))
        .containsEntry("stars_" + challenges.get(0).id(), "3").containsEntry("stars_" + challenges.get(1).id(), "1")
        .containsEntry("due_today", "2").containsEntry("streak", "3").containsEntry("question", "");
    Map<String, String> dave = record(header, rows.get(4));
    assertThat(dave).containsEntry("name", "dave").containsEntry("status", "unreadable").containsEntry("streak", "");
    assertThat(dave.get("reason")).isNotBlank();
    Map<String, String> worst = record(header, rows.get(5));
    assertThat(worst).containsEntry("kind", "question").containsEntry("question", q3)
        .containsEntry("text", content.questions().get(q3).ask()).containsEntry("attempts", "1")
        .containsEntry("wrong", "1").containsEntry("percent_wrong", "100.0").containsEntry("name", "");
    assertThat(rows).hasSize(1 + 4 + 3);
  }

  @Test
  void csvTextIsQuotedWithQuotesDoubledAndNoFormulaCanStartAField() {
    assertThat(ClassFormats.text("a,b \"c\"\r\nd")).isEqualTo("\"a,b \"\"c\"\"\r\nd\"");
    assertThat(ClassFormats.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ClassFormats.text("-x")).isEqualTo("\"'-x\"");
    assertThat(ClassFormats.text("x-")).isEqualTo("\"x-\"");
    assertThat(parseCsv(ClassFormats.text("a,b \"c\"\r\nd") + ",1\r\n")).containsExactly(List.of("a,b \"c\"\r\nd", "1"));
  }

  private static Map<String, String> record(List<String> header, List<String> row) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), row.get(i));
    }
    return m;
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, nothing else. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
          char next = i + 1 < text.length() ? text.charAt(i + 1) : '\r';
          assertThat(next).as("after a closing quote at " + i).isIn(',', '\r');
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        assertThat(field).as("a quote inside an unquoted field at " + i).isEmpty();
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        assertThat(text.charAt(i + 1)).as("CR without LF at " + i).isEqualTo('\n');
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("a bare line feed at " + i).isNotEqualTo('\n');
        field.append(c);
      }
      i++;
    }
    assertThat(quoted).as("an unclosed quote").isFalse();
    assertThat(row).isEmpty();
    return rows;
  }

  @Test
  void aSaveBeingWrittenIsListedOnceAndTheReportChangesNothing() throws IOException {
    // a game writing alice's save right now: its temp file beside the save
    Files.copy(saves.resolve("alice.json"), saves.resolve(".alice.json.tmp-0123456789abcdef"));
    Map<String, String> before = snapshot(saves);
    Run r = run(args("--json"));
    assertThat(r.code()).isZero();
    JsonArray students = strict(r.out()).getAsJsonArray("students");
    List<String> names = new ArrayList<>();
    students.forEach(s -> names.add(s.getAsJsonObject().get("name").getAsString()));
    assertThat(names).containsExactly("alice", "bob", "carol-the-long-name", "dave");
    // read only: the damaged save is not moved aside (a game's load would), the temp file stays
    assertThat(snapshot(saves)).isEqualTo(before);
  }

  /** Every entry of the folder with its size and modification time. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        FileTime t = Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        out.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir " + t : Files.size(p) + " " + t);
      }
    }
    return out;
  }

  @Test
  void aFifoOrAHugeFileIsUnreadableNotAHang() throws Exception {
    try (RandomAccessFile huge = new RandomAccessFile(saves.resolve("gina.json").toFile(), "rw")) {
      huge.setLength(64L << 20); // sparse: 64 MB that take no room
    }
    Files.createDirectories(saves.resolve("hugo.json"));
    boolean fifo = false;
    try {
      fifo = new ProcessBuilder("mkfifo", saves.resolve("erin.json").toString()).start().waitFor() == 0;
    } catch (IOException noMkfifo) {
      // no mkfifo on this system: the rest still holds
    }
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(args()));
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("gina         unreadable: ").contains("too large"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("hugo         unreadable: ").contains("folder"));
    Assumptions.assumeTrue(fifo, "mkfifo is not available");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("erin         unreadable: "));
  }

  @Test
  void aFolderThatCannotBeReadIsExitCodeOne() {
    Run r = run("class", "--saves", tmp.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("play class: cannot read the saves folder " + tmp.resolve("nowhere")
        + ": there is no such folder");
  }

  @Test
  void badOptionsAreExitCodeTwoInOneLineNamingTheOption() {
    Run both = run(args("--json", "--csv"));
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err().strip()).doesNotContain("\n").startsWith("play class: ").contains("--json", "--csv");
    Run date = run("class", "--today", "29/11/2026");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err().strip()).doesNotContain("\n").contains("--today", "2026-11-29");
    Run unknown = run("class", "--jsn");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().strip()).doesNotContain("\n").contains("--jsn");
    assertThat(both.out() + date.out() + unknown.out()).isEmpty();
  }

  @Test
  void anAsciiTerminalGetsAsciiStars() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new CommandLine(new ClassCommand(() -> content, out, Map.of("LANG", "C")))
        .execute("--saves", saves.toString(), "--today", "2026-11-29");
    assertThat(code).isZero();
    String text = out.toString(UTF_8);
    assertThat(text).doesNotContain("★", "☆").contains("stars " + challenges.get(0).number() + ":*** "
        + challenges.get(1).number() + ":*..");
  }

  @Test
  void theCommandIsRegisteredForPlay() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("class");
    assertThat(Main.commandLine(false).getSubcommands()).doesNotContainKey("class");
  }
}
