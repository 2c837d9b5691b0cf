package vanishingpoint.save;

/**
 * The rule for profile names. A name becomes part of file names ({@code saves/NAME.json}), so
 * it is held to a small ASCII alphabet: no path separators, no hidden files, nothing that
 * looks alike but differs in bytes.
 */
public final class ProfileName {
  public static final int MAX_LENGTH = 32;

  private ProfileName() {}

  /**
   * Returns {@code name} unchanged if it is usable.
   *
   * @throws InvalidProfileNameException saying in plain words what is wrong with it
   */
  public static String validate(String name) {
    if (name == null || name.isEmpty()) {
      throw new InvalidProfileNameException("profile name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!allowed(name.charAt(i))) {
        throw new InvalidProfileNameException("profile name " + Quoted.of(name)
            + " may only contain letters, digits, '-', '_' and '.'");
      }
    }
    if (name.length() > MAX_LENGTH) {
      throw new InvalidProfileNameException("profile name " + Quoted.of(name)
          + " is longer than " + MAX_LENGTH + " characters");
    }
    if (name.charAt(0) == '.') {
      throw new InvalidProfileNameException("profile name " + Quoted.of(name)
          + " must not start with '.'");
    }
    return name;
  }

  // Explicit ranges, not Character.isLetterOrDigit: that one accepts 'ï', Arabic digits and more.
  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.';
  }
}
