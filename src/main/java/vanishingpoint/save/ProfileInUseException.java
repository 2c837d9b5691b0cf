package vanishingpoint.save;

/** Another session, in this process or another one, is playing the profile right now. */
public final class ProfileInUseException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProfileInUseException(String profile) {
    super("profile " + Quoted.of(profile) + " is already being played in another session;"
        + " close that one first, or pick another name with --profile");
  }
}
