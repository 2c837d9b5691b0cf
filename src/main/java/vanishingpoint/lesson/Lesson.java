package vanishingpoint.lesson;

import java.util.List;

/**
 * A lesson as read from its file.
 *
 * @param file       the file, as shown in messages
 * @param checkpoint ids of the questions asked at its end
 * @param checkpointLine the line of the checkpoint key, for messages about its references
 */
public record Lesson(String id, int number, String title, String summary, List<String> checkpoint,
    List<Page> pages, String file, int checkpointLine) {

  public Lesson {
    title = title == null ? id : title;
    summary = summary == null ? "" : summary;
    checkpoint = List.copyOf(checkpoint);
    pages = List.copyOf(pages);
  }

  public java.util.Optional<Integer> pageIndex(String pageId) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).id().equals(pageId)) {
        return java.util.Optional.of(i);
      }
    }
    return java.util.Optional.empty();
  }
}
