package vanishingpoint.core;

import java.util.List;
import vanishingpoint.lesson.Content;

/**
 * Everything a screen needs to draw itself, and nothing else: the screens are pure functions of
 * this value, and {@link Update} is the only thing that makes a new one.
 *
 * @param profile   who is playing
 * @param content   the lessons and questions
 * @param stack     the screens from the main menu down to the current one; never empty
 * @param resume    where "Continue" goes: the last stack that was deeper than the main menu,
 *                  empty when the player has been nowhere yet
 * @param kept      the views of {@code resume}'s screens, kept when the player went up to the main
 *                  menu (or read from the save): see {@link #resumeStates()}
 * @param helpOpen  whether the key-help overlay is shown
 * @param notices   messages the player must see (for example a save that could not be read),
 *                  shown one at a time until dismissed
 * @param quit      set once the player asked to leave
 * @param reader    the lesson reader's transient state
 * @param challenge the challenge screen's transient state
 * @param quiz      the quiz in progress
 * @param now       the time, from the session's injected clock, brought by a {@link Msg.Time} before each key
 */
public record GameState(
    Profile profile,
    Content content,
    List<Place> stack,
    List<Place> resume,
    ScreenStates kept,
    boolean helpOpen,
    List<String> notices,
    boolean quit,
    Reader reader,
    ChallengeState challenge,
    QuizState quiz,
    java.time.Instant now) {

  /** Without kept views (as a game that has been nowhere yet). */
  public GameState(Profile profile, Content content, List<Place> stack, List<Place> resume, boolean helpOpen,
      List<String> notices, boolean quit, Reader reader, ChallengeState challenge, QuizState quiz,
      java.time.Instant now) {
    this(profile, content, stack, resume, ScreenStates.NONE, helpOpen, notices, quit, reader, challenge, quiz, now);
  }

  public GameState {
    stack = List.copyOf(stack);
    resume = List.copyOf(resume);
    notices = List.copyOf(notices);
    kept = kept == null ? ScreenStates.NONE : kept;
    if (stack.isEmpty() || stack.get(0).screen() != Screen.HOME) {
      throw new IllegalArgumentException("the screen stack must start at the main menu: " + stack);
    }
  }

  /** The game as it starts, with the saved numbers fitted to {@code content} (see {@link Fit}). */
  public static GameState start(Profile profile, Content content, List<Place> resume, List<String> notices) {
    return start(profile, content, resume, ScreenStates.NONE, notices);
  }

  /** With the views Continue restores, fitted to {@code content} too. */
  public static GameState start(Profile profile, Content content, List<Place> resume, ScreenStates views,
      List<String> notices) {
    List<Place> fitted = Fit.resume(resume, content);
    return new GameState(Fit.profile(profile, content), content, List.of(new Place(Screen.HOME, 0)),
        fitted, Fit.views(views, fitted, content), false, notices, false,
        Reader.START, ChallengeState.NONE, QuizState.NONE, java.time.Instant.EPOCH);
  }

  /**
   * The views Continue restores (and the save keeps): the live ones while the player is below the
   * main menu, where {@code resume} is the stack itself; those kept on the way up otherwise.
   */
  public ScreenStates resumeStates() {
    return resumable(stack) ? new ScreenStates(reader, challenge, quiz) : kept;
  }

  /**
   * Whether Continue should come back to {@code st}: deeper than the main menu, and not a page
   * only read on the way (Help): Continue after opening Help goes back to where the
   * player was before it.
   */
  static boolean resumable(List<Place> st) {
    Screen top = st.get(st.size() - 1).screen();
    return st.size() > 1 && top != Screen.HELP;
  }

  public Place top() {
    return stack.get(stack.size() - 1);
  }

  public Screen screen() {
    return top().screen();
  }

  GameState withStack(List<Place> newStack) {
    List<Place> newResume = resumable(newStack) ? newStack : resume;
    // up to the main menu: the views go with the places Continue returns to
    return new GameState(profile, content, newStack, newResume, resumeStates(), helpOpen, notices, quit, reader,
        challenge, quiz, now);
  }

  GameState withProfile(Profile p) {
    return new GameState(p, content, stack, resume, kept, helpOpen, notices, quit, reader, challenge, quiz, now);
  }

  GameState withHelp(boolean open) {
    return new GameState(profile, content, stack, resume, kept, open, notices, quit, reader, challenge, quiz, now);
  }

  public GameState withNotices(List<String> n) {
    return new GameState(profile, content, stack, resume, kept, helpOpen, n, quit, reader, challenge, quiz, now);
  }

  public GameState withQuiz(QuizState q) {
    return new GameState(profile, content, stack, resume, kept, helpOpen, notices, quit, reader, challenge, q, now);
  }

  /** The same state at another time ({@link Msg.Time}; tests and fixtures call it directly). */
  public GameState at(java.time.Instant t) {
    return new GameState(profile, content, stack, resume, kept, helpOpen, notices, quit, reader, challenge, quiz, t);
  }

  public GameState withChallenge(ChallengeState c) {
    return new GameState(profile, content, stack, resume, kept, helpOpen, notices, quit, reader, c, quiz, now);
  }

  public GameState withReader(Reader r) {
    return new GameState(profile, content, stack, resume, kept, helpOpen, notices, quit, r, challenge, quiz, now);
  }

  GameState quitting() {
    return new GameState(profile, content, stack, resume, kept, helpOpen, notices, true, reader, challenge, quiz, now);
  }
}
