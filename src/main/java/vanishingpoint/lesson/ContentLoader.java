package vanishingpoint.lesson;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.challenge.ChallengeParser;
import vanishingpoint.quiz.Question;
import vanishingpoint.quiz.QuizParser;

/**
 * Reads and checks the whole lessons folder: each file on its own, then the references between
 * them (checkpoints to questions, questions to lesson pages) and the ids that must be unique.
 * Never throws for bad content: every problem becomes a {@link Problem}.
 */
public final class ContentLoader {

  private ContentLoader() {}

  /** Everything, the claims included: what the checker and the tests read. */
  public static Content load(Path dir) {
    return load(dir, true);
  }

  /**
   * What the game needs: everything but the claims. Claims are the checker's ({@code check-lessons
   * --runs}); to the game they are comments, and reading them was a fifth of the time to start.
   */
  public static Content forPlay(Path dir) {
    return load(dir, false);
  }

  private static Content load(Path dir, boolean withClaims) {
    String shown = dir.toString();
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(new Problem(shown, 0, "folder not found"));
      return new Content(shown, List.of(), Map.of(), List.of(), Map.of(), problems, List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, 3)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(new Problem(shown, 0, "cannot be read: " + e.getMessage()));
      return new Content(shown, List.of(), Map.of(), List.of(), Map.of(), problems, List.of());
    }
    Map<String, SourceFile> lessonFiles = new LinkedHashMap<>();
    Map<String, Question> questions = new LinkedHashMap<>();
    Map<String, SourceFile> texts = new HashMap<>();
    List<Challenge> challenges = new ArrayList<>();
    Map<String, String> knobHelp = new HashMap<>();
    List<SourceFile> sources = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      String file = p.toString();
      if (name.equals("knobs.txt")) {
        read(p, file, problems).ifPresent(src -> {
          KnobHelp.read(src, knobHelp, problems);
          sources.add(src);
        });
        continue;
      }
      if (!name.endsWith(".lesson") && !name.endsWith(".quiz") && !name.endsWith(".challenge")) {
        continue;
      }
      Optional<SourceFile> src = read(p, file, problems);
      if (src.isEmpty()) {
        if (name.endsWith(".lesson")) {
          lessonFiles.put(file, null);
        }
        continue;
      }
      texts.put(file, src.get());
      sources.add(src.get());
      if (name.endsWith(".lesson")) {
        lessonFiles.put(file, src.get());
      } else if (name.endsWith(".challenge")) {
        readChallenge(src.get(), challenges, problems);
      } else {
        readQuiz(src.get(), questions, problems);
      }
    }
    List<LessonEntry> lessons = new ArrayList<>();
    Map<String, Lesson> byId = new HashMap<>();
    Map<Integer, Lesson> byNumber = new HashMap<>();
    for (Map.Entry<String, SourceFile> f : lessonFiles.entrySet()) {
      SourceFile src = f.getValue();
      if (src == null) {
        lessons.add(new LessonEntry(f.getKey(), Optional.empty(),
            problems.stream().filter(pr -> pr.file().equals(f.getKey())).toList()));
        continue;
      }
      Optional<Lesson> lesson = LessonParser.parse(src);
      lesson.ifPresent(l -> References.lessonIds(src, l, byId, byNumber, questions));
      problems.addAll(src.problems);
      lessons.add(new LessonEntry(f.getKey(), lesson, src.problems));
    }
    References.teaches(questions.values(), byId, texts, problems);
    References.challenges(challenges, byId, texts, problems);
    challenges.sort(Comparator.comparingInt(Challenge::number));
    lessons.sort(Comparator.comparing((LessonEntry e) -> e.lesson().map(Lesson::number).orElse(Integer.MAX_VALUE))
        .thenComparing(LessonEntry::file));
    List<Claim> claims = withClaims ? Claims.read(sources, challenges, problems) : List.of();
    problems.sort(null);
    return new Content(shown, lessons, questions, challenges, knobHelp, problems, claims);
  }

  private static void readQuiz(SourceFile src, Map<String, Question> questions, List<Problem> problems) {
    int start = src.afterFormat();
    if (start > 0) {
      for (Question q : QuizParser.parse(src.name, src.lines, start, src::problem)) {
        Question before = questions.putIfAbsent(q.id(), q);
        if (before != null) {
          src.problem(q.line(), "question id '" + q.id() + "' is already used at " + before.file() + ":" + before.line());
        }
      }
    }
    problems.addAll(src.problems);
  }

  private static void readChallenge(SourceFile src, List<Challenge> challenges, List<Problem> problems) {
    int start = src.afterFormat();
    if (start > 0) {
      ChallengeParser.parse(src.name, src.lines, start, src::problem).ifPresent(challenges::add);
    }
    problems.addAll(src.problems);
  }

  private static Optional<SourceFile> read(Path p, String file, List<Problem> problems) {
    try {
      byte[] bytes = Files.readAllBytes(p);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        // Only then the strict decoder (slow when cold): is it a replacement character or bad bytes?
        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      }
      return Optional.of(new SourceFile(file, text));
    } catch (CharacterCodingException e) {
      problems.add(new Problem(file, 1, "the file is not valid UTF-8"));
    } catch (IOException e) {
      problems.add(new Problem(file, 1, "cannot be read: " + e.getMessage()));
    }
    return Optional.empty();
  }
}
