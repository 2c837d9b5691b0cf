package vanishingpoint.train;

/** Number parsing with one-line messages that name the option. */
final class Numbers {
  private Numbers() {}

  static double parse(String option, String whole, String number) {
    try {
      return Double.parseDouble(number.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": '" + number + "' in '" + whole + "' is not a number");
    }
  }
}
