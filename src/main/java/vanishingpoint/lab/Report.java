package vanishingpoint.lab;

import vanishingpoint.train.StepStats;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/** How a run is printed: a table for people or JSON lines for programs. */
interface Report {
  void start();

  void step(StepStats s);

  void end(Trainer trainer, Verdict verdict);
}
