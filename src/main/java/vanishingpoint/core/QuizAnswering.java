package vanishingpoint.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vanishingpoint.quiz.Answer;
import vanishingpoint.quiz.Choices;
import vanishingpoint.quiz.DiagnoseOptions;
import vanishingpoint.quiz.Question;

/** The keys of a question not yet answered, one way per question type. */
public final class QuizAnswering {

  /** The longest typed answer a text field takes. */
  static final int MAX_TEXT = 400;

  private QuizAnswering() {}

  static GameState key(GameState s, Question q, Input in) {
    if (q instanceof Question.Typein || q instanceof Question.Recall) {
      return typed(s, q, in);
    } else if (q instanceof Question.Match m) {
      return match(s, m, in);
    } else if (q instanceof Question.Order o) {
      return order(s, o, in);
    } else if (q instanceof Question.Diagnose d) {
      return diagnose(s, d, in);
    }
    return choice(s, q, in);
  }

  private static GameState choice(GameState s, Question q, Input in) {
    QuizState v = s.quiz();
    int n = Choices.of(q).size();
    if (moved(in) != 0) {
      return s.withQuiz(v.with(Math.floorMod(v.cursor() + moved(in), n), v.picked(), v.text(), v.pairs(), v.order(), v.hint()));
    }
    boolean several = Choices.severalRight(q);
    if (several && in.isChar(' ')) {
      return s.withQuiz(v.with(v.cursor(), toggle(v.picked(), v.cursor()), v.text(), v.pairs(), v.order(), v.hint()));
    }
    if (in.kind() == Input.Kind.ENTER) {
      List<Integer> picked = several && !v.picked().isEmpty() ? v.picked() : List.of(v.cursor());
      // picks are positions on the screen; the grader counts options in their own order
      List<Integer> shown = QuizFlow.optionOrder(s, q);
      List<Integer> options = picked.stream().map(shown::get).toList();
      return QuizFlow.grade(s.withQuiz(v.with(v.cursor(), picked, v.text(), v.pairs(), v.order(), v.hint())), q,
          new Answer.Picked(options));
    }
    return s;
  }

  private static GameState typed(GameState s, Question q, Input in) {
    QuizState v = s.quiz();
    if (in.kind() == Input.Kind.ENTER) {
      return v.text().isBlank() ? s : QuizFlow.grade(s, q, new Answer.Typed(v.text()));
    }
    if (in.kind() == Input.Kind.BACKSPACE) {
      String t = v.text().isEmpty() ? "" : v.text().substring(0, v.text().length() - 1);
      return s.withQuiz(v.with(v.cursor(), v.picked(), t, v.pairs(), v.order(), v.hint()));
    }
    if (in.kind() == Input.Kind.TAB) {
      return s.withQuiz(v.with(v.cursor(), v.picked(), v.text(), v.pairs(), v.order(), true));
    }
    if (in.kind() == Input.Kind.CHAR && v.text().length() < MAX_TEXT && in.ch() >= ' ') {
      return s.withQuiz(v.with(v.cursor(), v.picked(), v.text() + in.ch(), v.pairs(), v.order(), v.hint()));
    }
    return s;
  }

  /** The right sides of a match, in the order shown: shuffled, seeded by the question. */
  public static List<Integer> rightOrder(Question.Match q) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < q.pairs().size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(q.id().hashCode() * 31L));
    return idx;
  }

  private static GameState match(GameState s, Question.Match q, Input in) {
    QuizState v = s.quiz();
    int n = q.pairs().size();
    if (moved(in) != 0) {
      return s.withQuiz(v.with(Math.floorMod(v.cursor() + moved(in), n), v.picked(), v.text(), v.pairs(), v.order(), v.hint()));
    }
    int dir = in.kind() == Input.Kind.RIGHT || in.isChar(' ') || in.isChar('l') ? 1 : in.kind() == Input.Kind.LEFT ? -1 : 0;
    if (dir != 0) {
      List<Integer> rights = rightOrder(q);
      Integer cur = v.pairs().get(v.cursor());
      int pos = cur == null ? (dir > 0 ? -1 : 0) : rights.indexOf(cur);
      Map<Integer, Integer> pairs = new HashMap<>(v.pairs());
      pairs.put(v.cursor(), rights.get(Math.floorMod(pos + dir, n)));
      return s.withQuiz(v.with(v.cursor(), v.picked(), v.text(), pairs, v.order(), v.hint()));
    }
    if (in.kind() == Input.Kind.ENTER && v.pairs().size() == n) {
      return QuizFlow.grade(s, q, new Answer.Pairs(v.pairs()));
    }
    return s;
  }

  /** The steps as first shown: shuffled, seeded by the question, never already in order. */
  public static List<Integer> shuffledSteps(Question.Order q) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < q.steps().size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(q.id().hashCode() * 17L));
    if (idx.equals(idx.stream().sorted().toList())) {
      Collections.rotate(idx, 1);
    }
    return idx;
  }

  private static GameState order(GameState s, Question.Order q, Input in) {
    QuizState v = s.quiz();
    int n = q.steps().size();
    List<Integer> order = v.order().isEmpty() ? shuffledSteps(q) : v.order();
    boolean holding = !v.picked().isEmpty();
    int d = moved(in);
    if (d != 0) {
      int to = Math.floorMod(v.cursor() + d, n);
      List<Integer> next = new ArrayList<>(order);
      if (holding) {
        Collections.swap(next, v.cursor(), to);
      }
      return s.withQuiz(v.with(to, v.picked(), v.text(), v.pairs(), next, v.hint()));
    }
    if (in.isChar(' ')) {
      return s.withQuiz(v.with(v.cursor(), holding ? List.of() : List.of(v.cursor()), v.text(), v.pairs(), order, v.hint()));
    }
    if (in.kind() == Input.Kind.ENTER) {
      return QuizFlow.grade(s.withQuiz(v.with(v.cursor(), List.of(), v.text(), v.pairs(), order, v.hint())), q,
          new Answer.Order(order));
    }
    return s;
  }

  private static GameState diagnose(GameState s, Question.Diagnose q, Input in) {
    QuizState v = s.quiz();
    List<DiagnoseOptions.Option> opts = DiagnoseOptions.of(q);
    int n = opts.size();
    if (moved(in) != 0) {
      return s.withQuiz(v.with(Math.floorMod(v.cursor() + moved(in), n), v.picked(), v.text(), v.pairs(), v.order(), v.hint()));
    }
    if (in.isChar(' ') || in.kind() == Input.Kind.ENTER && !hasPart(v.picked(), opts, opts.get(v.cursor()).part())) {
      // one diagnosis and one fix: picking replaces the earlier pick of the same part
      List<Integer> picked = new ArrayList<>();
      for (int i : v.picked()) {
        if (opts.get(i).part() != opts.get(v.cursor()).part()) {
          picked.add(i);
        }
      }
      picked.add(v.cursor());
      GameState next = s.withQuiz(v.with(v.cursor(), picked, v.text(), v.pairs(), v.order(), v.hint()));
      return in.kind() == Input.Kind.ENTER && picked.size() == 2 ? QuizFlow.grade(next, q, new Answer.Picked(picked)) : next;
    }
    if (in.kind() == Input.Kind.ENTER && v.picked().size() == 2) {
      return QuizFlow.grade(s, q, new Answer.Picked(v.picked()));
    }
    return s;
  }

  private static boolean hasPart(List<Integer> picked, List<DiagnoseOptions.Option> opts, DiagnoseOptions.Part part) {
    return picked.stream().anyMatch(i -> opts.get(i).part() == part);
  }

  private static int moved(Input in) {
    if (in.kind() == Input.Kind.UP || in.isChar('k')) {
      return -1;
    }
    return in.kind() == Input.Kind.DOWN || in.isChar('j') ? 1 : 0;
  }

  private static List<Integer> toggle(List<Integer> picked, int i) {
    List<Integer> out = new ArrayList<>(picked);
    if (!out.remove(Integer.valueOf(i))) {
      out.add(i);
    }
    return out;
  }

  /**
   * {@code fresh} with the answer {@code saved} was giving to {@code q}, as far as {@code q} still
   * offers it: a cursor on an option it has, picks among its options, pairs of its pairs, an order
   * of its steps, text no longer than a text field takes. Not the grading: a question answered but
   * not yet moved on from is answered again (Enter grades the same answer).
   */
  static QuizState fitted(QuizState fresh, QuizState saved, Question q) {
    int n = options(q);
    if (n == 0 && !(q instanceof Question.Typein) && !(q instanceof Question.Recall)) {
      return fresh;
    }
    int cursor = saved.cursor() >= 0 && saved.cursor() < n ? saved.cursor() : 0;
    List<Integer> picked = saved.picked().stream().filter(i -> i >= 0 && i < n).distinct().toList();
    if (q instanceof Question.Order && picked.size() > 1) {
      picked = List.of();
    }
    Map<Integer, Integer> pairs = new HashMap<>();
    saved.pairs().forEach((k, v) -> {
      if (q instanceof Question.Match && k >= 0 && k < n && v >= 0 && v < n) {
        pairs.put(k, v);
      }
    });
    List<Integer> order = fresh.order();
    if (q instanceof Question.Order && saved.order().size() == n
        && saved.order().stream().sorted().toList().equals(java.util.stream.IntStream.range(0, n).boxed().toList())) {
      order = saved.order();
    }
    String text = saved.text().length() > MAX_TEXT ? saved.text().substring(0, MAX_TEXT) : saved.text();
    return new QuizState(fresh.mode(), fresh.questions(), fresh.index(), cursor, picked, text, pairs, order,
        saved.hint(), null, null, 0, fresh.scores(), null);
  }

  /** How many options, pairs or steps the cursor moves over in {@code q} (0 for typed answers). */
  private static int options(Question q) {
    if (q instanceof Question.Match m) {
      return m.pairs().size();
    } else if (q instanceof Question.Order o) {
      return o.steps().size();
    } else if (q instanceof Question.Diagnose d) {
      return DiagnoseOptions.of(d).size();
    }
    return Choices.of(q).size(); // none for typed answers
  }
}
