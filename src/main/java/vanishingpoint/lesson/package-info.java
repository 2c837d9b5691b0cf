/** Lesson content: finding, loading and validating the files in {@code lessons/}. */
package vanishingpoint.lesson;
