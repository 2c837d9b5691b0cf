package vanishingpoint.train;

import java.util.SplittableRandom;

/** Seeded generators in the spirit of CS231n's spiral and scikit-learn's circles and moons. */
final class Datasets {
  private Datasets() {}

  static Dataset generate(DataSpec spec, int points, double noise, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int k = spec.classes();
    double[] xs = new double[points];
    double[] ys = new double[points];
    int[] labels = new int[points];
    for (int i = 0; i < points; i++) {
      // classes take turns so that every class has points/k (+1) members
      int c = i % k;
      int perClass = (points - c + k - 1) / k;
      double t = perClass == 1 ? 0 : (double) (i / k) / (perClass - 1);
      labels[i] = c;
      switch (spec.shape()) {
        case SPIRAL: {
          double r = t;
          // CS231n's spiral: each arm spans 4 radians
          double theta = 4.0 * c + 4.0 * t + 2 * noise * gauss(rnd);
          xs[i] = r * Math.sin(theta);
          ys[i] = r * Math.cos(theta);
          break;
        }
        case CIRCLES: {
          double angle = 2 * Math.PI * rnd.nextDouble();
          double r = c == 0 ? 1.0 : 0.5;
          xs[i] = r * Math.cos(angle) + noise * gauss(rnd);
          ys[i] = r * Math.sin(angle) + noise * gauss(rnd);
          break;
        }
        case MOONS: {
          double a = Math.PI * t;
          xs[i] = (c == 0 ? Math.cos(a) : 1 - Math.cos(a)) + noise * gauss(rnd);
          ys[i] = (c == 0 ? Math.sin(a) : 0.5 - Math.sin(a)) + noise * gauss(rnd);
          break;
        }
        default: {
          // XOR: the class decides the quadrant pair, so the counts stay balanced
          double u = 0.05 + 0.95 * rnd.nextDouble();
          double v = 0.05 + 0.95 * rnd.nextDouble();
          boolean flip = rnd.nextBoolean();
          double sx = flip ? -1 : 1;
          double sy = (c == 0) == flip ? -1 : 1;
          xs[i] = sx * u + noise * gauss(rnd);
          ys[i] = sy * v + noise * gauss(rnd);
        }
      }
    }
    return new Dataset(xs, ys, labels, k);
  }

  /** Box-Muller from the seeded stream; avoids java.util.Random's state so everything comes from one seed. */
  static double gauss(SplittableRandom rnd) {
    double u1 = 1.0 - rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
