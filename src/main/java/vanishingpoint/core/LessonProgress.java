package vanishingpoint.core;

/**
 * How far a player is in one lesson.
 *
 * @param page the page they are on (0-based; the page after the last is the checkpoint)
 * @param seen the furthest page they have reached
 * @param done whether they finished the lesson's checkpoint
 */
public record LessonProgress(int page, int seen, boolean done) {

  public static final LessonProgress NEW = new LessonProgress(0, 0, false);

  LessonProgress at(int p) {
    return new LessonProgress(p, Math.max(seen, p), done);
  }

  LessonProgress finished() {
    return new LessonProgress(page, seen, true);
  }
}
