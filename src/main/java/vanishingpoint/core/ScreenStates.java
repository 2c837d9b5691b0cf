package vanishingpoint.core;

/**
 * What the screens of the resume stack showed beyond their cursors: what Continue restores on
 * top of the places. The live states while the player is below the main menu; kept (and saved)
 * while the player is on the main menu.
 *
 * @param reader    the lesson reader: scroll, the multiply widget and the gradient probe
 * @param challenge the challenge: settings, phase and which run it showed
 * @param quiz      the quiz: its questions, how far it got, the scores so far, the answer being typed
 */
public record ScreenStates(Reader reader, ChallengeState challenge, QuizState quiz) {

  public static final ScreenStates NONE = new ScreenStates(Reader.START, ChallengeState.NONE, QuizState.NONE);
}
