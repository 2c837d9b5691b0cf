package vanishingpoint.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import vanishingpoint.app.ClassReport.Answers;
import vanishingpoint.app.ClassReport.Count;
import vanishingpoint.app.ClassReport.Student;
import vanishingpoint.app.ClassReport.Topic;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.ui.ChallengesView;
import vanishingpoint.ui.Wrap;

/** {@link ClassReport} as a table for 80 columns, as one JSON document, and as RFC 4180 CSV. */
final class ClassFormats {
  static final int WIDTH = 80;
  /** Questions in the table; JSON and CSV list them all. */
  static final int TOP = 10;
  private static final int NAME = 12;

  private ClassFormats() {}

  // ---- the table -------------------------------------------------------------------------

  static String table(ClassReport r, boolean unicode) {
    List<String> out = new ArrayList<>();
    int n = r.students().size();
    out.addAll(Wrap.lines("Class report for " + r.today() + ": " + n + " student" + (n == 1 ? "" : "s")
        + (r.unreadable() > 0 ? " (" + r.unreadable() + " save" + (r.unreadable() == 1 ? "" : "s") + " unreadable)" : "")
        + "; " + r.lessons() + " lessons, " + r.questions() + " questions, " + r.challenges().size() + " challenges.",
        WIDTH));
    out.addAll(Wrap.lines((r.saves().startsWith("postgresql://") ? "Saves in the database: " : "Saves folder: ")
        + clean(r.saves()), WIDTH));
    out.add("");
    List<String> head = new ArrayList<>(List.of(pad("Student", NAME), pad("Last seen", 11), pad("Lessons", 9)));
    for (Topic t : r.topics()) {
      head.add(pad(abbreviate(t.id()), cellWidth(r, t)));
    }
    head.add("Due");
    head.add("Streak");
    out.add(String.join(" ", head).stripTrailing());
    for (Student s : r.students()) {
      String name = clean(s.name());
      String first = name.length() > NAME ? "" : name;
      if (name.length() > NAME) {
        out.add(name);
      }
      if (!s.readable()) {
        List<String> why = Wrap.lines("unreadable: " + clean(s.problem()), WIDTH - NAME - 1);
        for (int i = 0; i < why.size(); i++) {
          out.add(pad(i == 0 ? first : "", NAME) + " " + why.get(i));
        }
        continue;
      }
      List<String> row = new ArrayList<>(List.of(pad(first, NAME), pad(s.lastSeen().toString(), 11),
          pad(s.lessonsDone() + " of " + r.lessons(), 9)));
      for (Topic t : r.topics()) {
        Count c = s.mastery().get(t.id());
        row.add(pad(c.mastered() + "/" + c.of(), cellWidth(r, t)));
      }
      row.add(left(String.valueOf(s.due()), 3));
      row.add(left(String.valueOf(s.streak()), 6));
      out.add(String.join(" ", row));
      if (!r.challenges().isEmpty()) {
        StringBuilder stars = new StringBuilder("stars");
        for (Challenge c : r.challenges()) {
          stars.append(' ').append(c.number()).append(':').append(ChallengesView.stars(s.stars().get(c.id()), unicode));
        }
        Wrap.lines(stars.toString(), WIDTH - 2).forEach(l -> out.add("  " + l));
      }
    }
    if (r.students().isEmpty()) {
      out.add("(no saves yet: students appear here after their first game)");
    }
    out.add("");
    StringBuilder legend = new StringBuilder("Legend: per topic, questions mastered of all, as on the Progress screen (");
    for (int i = 0; i < r.topics().size(); i++) {
      String id = r.topics().get(i).id();
      legend.append(i > 0 ? ", " : "").append(abbreviate(id)).append(abbreviate(id).equals(id) ? "" : " = " + id);
    }
    legend.append("); stars: best of 3 per challenge, by number; Due: cards due today; Streak: days"
        + " played in a row.");
    out.addAll(Wrap.lines(legend.toString(), WIDTH));

    out.add("");
    List<Answers> worst = r.answers().subList(0, Math.min(TOP, r.answers().size()));
    out.addAll(Wrap.lines("Questions the class gets wrong most (" + (worst.size() < r.answers().size()
        ? "top " + worst.size() + " of " + r.answers().size() : r.answers().size() + " answered")
        + "; wrong means rated Again):", WIDTH));
    if (worst.isEmpty()) {
      out.add("(no answers yet)");
    } else {
      out.add("Wrong  Tries  %wrong  Question");
      String indent = " ".repeat(22);
      for (Answers a : worst) {
        String text = clean(a.id()) + ": " + (a.question() != null ? clean(a.question().ask())
            : "(no longer in the lessons)");
        List<String> lines = Wrap.lines(text, WIDTH - indent.length());
        out.add(left(String.valueOf(a.wrong()), 5) + "  " + left(String.valueOf(a.attempts()), 5) + "  "
            + left(Math.round(100.0 * a.wrong() / a.attempts()) + "%", 6) + "  " + lines.get(0));
        lines.subList(1, lines.size()).forEach(l -> out.add(indent + l));
      }
    }
    return String.join("\n", out) + "\n";
  }

  /** A topic's name as a column heading: as it is up to 5 letters, else its first 4 and a dot. */
  static String abbreviate(String topic) {
    return topic.length() <= 5 ? topic : topic.substring(0, 4) + ".";
  }

  private static int cellWidth(ClassReport r, Topic t) {
    int w = Math.max(abbreviate(t.id()).length(), (t.questions() + "/" + t.questions()).length());
    return w;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String left(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** No control characters on a terminal: a reason may quote bytes of a damaged file. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }

  // ---- JSON ------------------------------------------------------------------------------

  static String json(ClassReport r) {
    JsonObject root = new JsonObject();
    root.addProperty("today", r.today().toString());
    root.addProperty("saves", r.saves());
    root.addProperty("lessons", r.lessons());
    root.addProperty("questions", r.questions());
    JsonArray topics = new JsonArray();
    for (Topic t : r.topics()) {
      JsonObject o = new JsonObject();
      o.addProperty("id", t.id());
      o.addProperty("questions", t.questions());
      topics.add(o);
    }
    root.add("topics", topics);
    JsonArray challenges = new JsonArray();
    for (Challenge c : r.challenges()) {
      JsonObject o = new JsonObject();
      o.addProperty("id", c.id());
      o.addProperty("number", c.number());
      o.addProperty("title", c.title());
      challenges.add(o);
    }
    root.add("challenges", challenges);
    JsonArray students = new JsonArray();
    for (Student s : r.students()) {
      JsonObject o = new JsonObject();
      o.addProperty("name", s.name());
      if (!s.readable()) {
        o.addProperty("status", "unreadable");
        o.addProperty("reason", s.problem());
        students.add(o);
        continue;
      }
      o.addProperty("status", "ok");
      o.addProperty("lastSeen", s.lastSeen().toString());
      o.addProperty("lessonsDone", s.lessonsDone());
      o.addProperty("lessonsTotal", r.lessons());
      JsonObject mastery = new JsonObject();
      s.mastery().forEach((topic, c) -> {
        JsonObject m = new JsonObject();
        m.addProperty("mastered", c.mastered());
        m.addProperty("of", c.of());
        mastery.add(topic, m);
      });
      o.add("mastery", mastery);
      JsonObject stars = new JsonObject();
      s.stars().forEach(stars::addProperty);
      o.add("stars", stars);
      o.addProperty("dueToday", s.due());
      o.addProperty("streak", s.streak());
      students.add(o);
    }
    root.add("students", students);
    JsonArray answers = new JsonArray();
    for (Answers a : r.answers()) {
      JsonObject o = new JsonObject();
      o.addProperty("id", a.id());
      if (a.question() != null) {
        o.addProperty("topic", a.question().topic());
        o.addProperty("text", a.question().ask());
      } else {
        o.add("topic", JsonNull.INSTANCE);
        o.add("text", JsonNull.INSTANCE);
      }
      o.addProperty("attempts", a.attempts());
      o.addProperty("wrong", a.wrong());
      o.addProperty("percentWrong", a.percentWrong());
      answers.add(o);
    }
    root.add("questionsAnsweredWrong", answers);
    // Gson refuses NaN and Infinity unless told otherwise: there are none to write anyway.
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
  }

  // ---- CSV -------------------------------------------------------------------------------

  /**
   * One table, so that every record has the same fields (RFC 4180): a {@code kind} column says
   * whether a row is a {@code student} or a {@code question}; the other kind's fields are empty.
   * Lines end in CRLF; text fields are always quoted, quotes doubled.
   */
  static String csv(ClassReport r) {
    List<String> header = new ArrayList<>(List.of("kind", "name", "status", "reason", "last_seen",
        "lessons_done", "lessons_total"));
    for (Topic t : r.topics()) {
      header.add("mastered_" + t.id());
      header.add("questions_" + t.id());
    }
    for (Challenge c : r.challenges()) {
      header.add("stars_" + c.id());
    }
    header.addAll(List.of("due_today", "streak", "question", "topic", "text", "attempts", "wrong", "percent_wrong"));
    int fields = header.size();
    StringBuilder out = new StringBuilder();
    row(out, header.stream().map(ClassFormats::text).toList());
    for (Student s : r.students()) {
      List<String> f = new ArrayList<>(List.of(text("student"), text(s.name()),
          text(s.readable() ? "ok" : "unreadable"), text(s.readable() ? "" : s.problem())));
      if (s.readable()) {
        f.addAll(List.of(text(s.lastSeen().toString()), String.valueOf(s.lessonsDone()),
            String.valueOf(r.lessons())));
        for (Topic t : r.topics()) {
          f.add(String.valueOf(s.mastery().get(t.id()).mastered()));
          f.add(String.valueOf(s.mastery().get(t.id()).of()));
        }
        r.challenges().forEach(c -> f.add(String.valueOf(s.stars().get(c.id()))));
        f.add(String.valueOf(s.due()));
        f.add(String.valueOf(s.streak()));
      }
      while (f.size() < fields) {
        f.add("");
      }
      row(out, f);
    }
    for (Answers a : r.answers()) {
      List<String> f = new ArrayList<>(List.of(text("question")));
      while (f.size() < fields - 6) {
        f.add("");
      }
      f.add(text(a.id()));
      f.add(a.question() == null ? "" : text(a.question().topic()));
      f.add(a.question() == null ? "" : text(a.question().ask()));
      f.add(String.valueOf(a.attempts()));
      f.add(String.valueOf(a.wrong()));
      f.add(String.valueOf(a.percentWrong()));
      row(out, f);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    out.append(String.join(",", fields)).append("\r\n");
  }

  /**
   * A quoted text field. One that a spreadsheet would take for a formula ({@code = + - @}, tab,
   * carriage return first) gets a leading apostrophe, as OWASP advises against CSV injection.
   */
  static String text(String s) {
    String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
