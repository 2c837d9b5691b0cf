package vanishingpoint.save;

/** A profile name that cannot be used as a file name; the message says why in plain words. */
public final class InvalidProfileNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidProfileNameException(String message) {
    super(message);
  }
}
