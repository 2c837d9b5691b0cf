package vanishingpoint.train;

/**
 * The numbers a verdict is decided from, gathered from every step of a run (never only from the
 * steps that happen to be logged, so the verdict does not depend on how often a run is printed).
 *
 * @param steps           steps taken
 * @param chanceLoss      ln K, the loss of guessing uniformly among K classes
 * @param firstLoss       the loss at step 1, before any update
 * @param finalLoss       the loss of the network as it ends, on the whole dataset, in the mode its
 *                        decision boundary is drawn (evaluation statistics for BatchNorm)
 * @param peakLoss        the largest finite loss of any step
 * @param peakLossStep    the step of {@code peakLoss}
 * @param accuracy        the final accuracy on the whole dataset, in the same mode as {@code finalLoss}
 * @param convergedAt     the step that completed the sustained stretch at the target, or 0
 * @param gradientRatio   layer 1's largest gradient norm over the output layer's largest
 * @param endGradientRatio layer 1's gradient norm over the output's, each summed over the run's
 *                        last steps (the last tenth, at least 10 steps): a late collapse
 * @param largestGradient the largest gradient norm any layer had at any step
 * @param saturation      fraction of saturated tanh/sigmoid outputs in the most saturated layer,
 *                        averaged over the run's last steps
 * @param deadUnits       fraction of dead ReLUs in the deadest layer at the last step
 * @param deadSince       the step since which layer 1's gradient has been exactly 0 while the
 *                        output's was not, or 0
 * @param updateRatio     the median over steps of the median layer's update-to-weight ratio
 * @param weightGrowth    the largest total weight norm over the norm after step 1
 * @param nonFiniteStep   the first step with a NaN or infinite value, or 0
 * @param symmetricLayers hidden layers whose units all have identical weights at the end
 */
public record Evidence(int steps, double chanceLoss, double firstLoss, double finalLoss, double peakLoss,
    int peakLossStep, double accuracy, int convergedAt, double gradientRatio, double endGradientRatio, double largestGradient,
    double saturation, double deadUnits, int deadSince, double updateRatio, double weightGrowth, int nonFiniteStep,
    int symmetricLayers) {
}
