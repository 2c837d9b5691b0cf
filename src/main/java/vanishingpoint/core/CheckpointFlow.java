package vanishingpoint.core;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.quiz.Choices;
import vanishingpoint.quiz.Question;

/** The checkpoint at the end of a lesson. */
public final class CheckpointFlow {

  private CheckpointFlow() {}

  /** The checkpoint's questions that this version can ask (choice and true/false). */
  public static List<Question> usable(GameState s, Lesson l) {
    List<Question> out = new ArrayList<>();
    for (String id : l.checkpoint()) {
      Question q = s.content().questions().get(id);
      if (q != null && (q.type() == Question.Type.CHOICE || q.type() == Question.Type.TRUEFALSE)) {
        out.add(q);
      }
    }
    return out;
  }

  static GameState key(GameState s, Lesson l, Input in) {
    List<Question> qs = usable(s, l);
    Reader r = s.reader();
    Reader.Checkpoint c = r.checkpoint();
    if (c.index() >= qs.size()) {
      if (in.isChar('r') && !qs.isEmpty()) {
        return s.withReader(r.withCheckpoint(Reader.Checkpoint.START));
      }
      boolean leave = in.kind() == Input.Kind.ENTER || in.kind() == Input.Kind.RIGHT || in.isChar(' ');
      return leave ? Update.back(s) : s;
    }
    Question q = qs.get(c.index());
    int n = Choices.of(q).size();
    boolean go = in.kind() == Input.Kind.ENTER || in.kind() == Input.Kind.RIGHT;
    if (c.answered()) {
      if (go || in.isChar(' ')) {
        Reader.Checkpoint next = new Reader.Checkpoint(c.index() + 1, 0, List.of(), false, c.results());
        GameState moved = s.withReader(r.withCheckpoint(next));
        if (next.index() >= qs.size()) {
          moved = moved.withProfile(moved.profile().withLesson(l.id(), s.profile().lesson(l.id()).finished()));
        }
        return moved;
      }
      return s;
    }
    if (in.kind() == Input.Kind.UP || in.isChar('k')) {
      return s.withReader(r.withCheckpoint(new Reader.Checkpoint(c.index(), (c.cursor() + n - 1) % n, c.picked(),
          false, c.results())));
    }
    if (in.kind() == Input.Kind.DOWN || in.isChar('j')) {
      return s.withReader(r.withCheckpoint(new Reader.Checkpoint(c.index(), (c.cursor() + 1) % n, c.picked(),
          false, c.results())));
    }
    boolean several = Choices.severalRight(q);
    if (several && in.isChar(' ')) {
      List<Integer> picked = new ArrayList<>(c.picked());
      if (!picked.remove(Integer.valueOf(c.cursor()))) {
        picked.add(c.cursor());
      }
      return s.withReader(r.withCheckpoint(new Reader.Checkpoint(c.index(), c.cursor(), picked, false, c.results())));
    }
    // Space never checks an answer: a player paging with Space must not answer by accident.
    if (go) {
      List<Integer> picked = several && !c.picked().isEmpty() ? c.picked() : List.of(c.cursor());
      List<Boolean> results = new ArrayList<>(c.results());
      results.add(Choices.isRight(q, picked));
      return s.withReader(r.withCheckpoint(new Reader.Checkpoint(c.index(), c.cursor(), picked, true, results)));
    }
    return s;
  }
}
