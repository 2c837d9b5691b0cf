package vanishingpoint.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.LongStream;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.train.ConfigSpec;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/** Reads the claims of every content file, and runs them ({@code check-lessons --runs}). */
public final class Claims {

  private Claims() {}

  /** Every claim that parses and whose run resolves; the others become problems at their line. */
  static List<Claim> read(List<SourceFile> sources, List<Challenge> challenges, List<Problem> problems) {
    List<Claim> out = new ArrayList<>();
    for (SourceFile src : sources) {
      for (Map.Entry<Integer, String> e : src.claims) {
        try {
          Claim c = Claim.parse(src.name, e.getKey(), e.getValue());
          configs(c.run(), challenges);
          out.add(c);
        } catch (IllegalArgumentException ex) {
          problems.add(new Problem(src.name, e.getKey(), "claim: " + ex.getMessage()));
        }
      }
    }
    return out;
  }

  /**
   * The runs a claim's words stand for: {@code challenge=ID} starts from that challenge's run and
   * starting knobs, other words are the lab's settings, {@code seeds=A..B} gives one run per seed.
   */
  public static List<TrainConfig> configs(String run, List<Challenge> challenges) {
    TrainConfig base = TrainConfig.defaults();
    StringBuilder rest = new StringBuilder();
    long[] seeds = null;
    for (String word : run.split("\\s+")) {
      if (word.startsWith("challenge=")) {
        String id = word.substring("challenge=".length());
        Optional<Challenge> ch = challenges.stream().filter(c -> c.id().equals(id)).findFirst();
        base = ch.orElseThrow(() -> new IllegalArgumentException("no challenge '" + id + "'")).config(ch.get().start());
      } else if (word.startsWith("seeds=")) {
        String[] r = word.substring("seeds=".length()).split("\\.\\.");
        try {
          seeds = LongStream.rangeClosed(Long.parseLong(r[0]), Long.parseLong(r[r.length - 1])).toArray();
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + word + "' must be seeds=A..B");
        }
        if (seeds.length == 0 || seeds.length > 20) {
          throw new IllegalArgumentException("'" + word + "' must name 1 to 20 seeds");
        }
      } else {
        rest.append(word).append(' ');
      }
    }
    TrainConfig c = ConfigSpec.parse(rest.toString(), base);
    if (seeds == null) {
      return List.of(c);
    }
    return LongStream.of(seeds).mapToObj(c::withSeed).toList();
  }

  /**
   * Runs every claim (on all cores); each false one is a problem at its line, saying what the run did.
   * A run that several claims share (the same settings, written in any order) is trained once.
   */
  public static List<Problem> check(Content content) {
    List<Claim> all = content.claims();
    List<TrainConfig> runs = all.stream().flatMap(c -> configs(c.run(), content.challenges()).stream()).distinct()
        .toList();
    Map<TrainConfig, Verdict> verdicts = new ConcurrentHashMap<>();
    runs.parallelStream().forEach(cfg -> verdicts.put(cfg, new Trainer(cfg).run(null)));
    return all.stream().flatMap(c -> check(c, content.challenges(), verdicts::get).stream()).sorted().toList();
  }

  static List<Problem> check(Claim claim, List<Challenge> challenges) {
    return check(claim, challenges, cfg -> new Trainer(cfg).run(null));
  }

  private static List<Problem> check(Claim claim, List<Challenge> challenges, Function<TrainConfig, Verdict> run) {
    List<Problem> out = new ArrayList<>();
    for (TrainConfig cfg : configs(claim.run(), challenges)) {
      Verdict v = run.apply(cfg);
      String why = claim.failure(v);
      if (why != null) {
        out.add(new Problem(claim.file(), claim.line(), "claim is false (seed " + cfg.seed() + "): " + why
            + "; the run: " + v.label() + ", " + v.reason()));
        break;
      }
    }
    return out;
  }
}
